using CoverageMap.Core.Areas;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Store;
using Microsoft.Extensions.Options;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// The store as the server's <see cref="IDatasetSource"/>: migrates the SQLite file (creating it on first start),
/// seeds it from the geodata folder, and loads the active version. Thread-safe.
/// </summary>
internal sealed class StoreDatasetSource(DatasetStore store, IOptions<StoreSettings> settings, GeodataLocation geodata, ILogger<StoreDatasetSource> logger) : IDatasetSource
{
    public async Task<Dataset> LoadActiveAsync(CancellationToken cancellationToken = default)
    {
        await store.MigrateAsync(cancellationToken);
        if (settings.Value.SeedFromGeodata && geodata.Folder is { } folder)
        {
            var (report, activated) = await GeodataSeeder.SeedAsync(store, folder, cancellationToken);
            logger.LogInformation(
                "Geodata {Path}: {Outcome}; version {Version}{Activated}. Added {Added}, changed {Changed}, removed {Removed}.",
                folder.Path, report.Unchanged ? "already stored" : "imported", report.VersionId, activated ? ", activated" : "",
                report.Added.Count, report.Changed.Count, report.Removed.Count);
        }
        var dataset = await store.LoadActiveAsync(cancellationToken);
        if (dataset is null)
        {
            logger.LogWarning("The store has no active dataset version: every lookup answers covered=false until one is activated.");
            return new Dataset(0, "empty (no active version)", [], []);
        }
        return dataset;
    }
}
