using System.Text.Json;
using CoverageMap.Core.Areas;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Registry;
using CoverageMap.Data.Store;
using CoverageMap.Server.Http;
using Microsoft.Extensions.Options;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// The store as the server's <see cref="IDatasetSource"/>: migrates it (the SQLite file is created on first start; a PostgreSQL database must exist),
/// seeds it from the geodata folder, and loads the active version. Thread-safe.
/// </summary>
/// <remarks>
/// A geodata folder that fails validation (an invalid registry, a self-intersecting area…) is not imported: the
/// problem is logged and kept in <see cref="GeodataHealth"/> for <c>/healthz</c>, and the store's active version keeps
/// serving. The active version is read once: when it is the one just seeded, the dataset already loaded from the
/// folder is served (the registry is parsed once, not again from the store).
/// </remarks>
internal sealed class StoreDatasetSource(DatasetStore store, IOptions<StoreSettings> settings, GeodataLocation geodata, GeodataHealth health, ILogger<StoreDatasetSource> logger) : IDatasetSource
{
    public async Task<Dataset> LoadActiveAsync(CancellationToken cancellationToken = default)
    {
        await store.MigrateAsync(cancellationToken);
        (Dataset Dataset, long Version)? seeded = null;
        if (settings.Value.SeedFromGeodata && geodata.Folder is { } folder)
            seeded = await SeedAsync(folder, cancellationToken);

        var active = (await store.ListVersionsAsync(cancellationToken)).FirstOrDefault(v => v.IsActive);
        if (active is null)
        {
            logger.LogWarning("The store has no active dataset version: every lookup answers covered=false until one is activated.");
            return new Dataset(0, "empty (no active version)", [], []);
        }
        if (seeded is { } s && s.Version == active.Id)
            return s.Dataset with { Version = active.Id, Label = active.Label, Origin = active.Origin, ActivatedAt = active.ActivatedAt };
        return await store.LoadAsync(active.Id, cancellationToken)
            ?? throw new InvalidDataException($"Dataset version {active.Id} vanished while it was loaded.");
    }

    /// <summary>Validates and imports the folder; null (and the problem reported) when it is not valid.</summary>
    private async Task<(Dataset, long)?> SeedAsync(GeodataFolder folder, CancellationToken ct)
    {
        Dataset dataset;
        try
        {
            dataset = folder.LoadDataset();
        }
        catch (Exception ex) when (ex is InvalidDataException or RegistryValidationException or JsonException or IOException or UnauthorizedAccessException)
        {
            health.Report(ex, folder.Path);
            logger.LogError("The geodata folder is not valid, so it was not imported; the store's active version keeps serving. {Problem}",
                string.Join(" ", health.Problems(ApiLanguage.En)));
            return null;
        }
        var (report, activated) = await GeodataSeeder.SeedAsync(store, dataset, ct);
        health.Report(null, folder.Path);
        logger.LogInformation(
            "Geodata {Path}: {Outcome}; version {Version}{Activated}. Added {Added}, changed {Changed}, removed {Removed}.",
            folder.Path, report.Unchanged ? "already stored" : "imported", report.VersionId, activated ? ", activated" : "",
            report.Added.Count, report.Changed.Count, report.Removed.Count);
        return report.VersionId is { } id ? (dataset, id) : null;
    }
}
