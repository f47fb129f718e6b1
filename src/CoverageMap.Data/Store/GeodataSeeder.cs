using CoverageMap.Data.Geodata;

namespace CoverageMap.Data.Store;

/// <summary>
/// Fills the store from the project's <c>geodata/</c> folder. Thread-safe if the store is.
/// </summary>
/// <remarks>
/// The rule: the folder is imported on every start (idempotent: identical content writes nothing). The new version is
/// activated when nothing is active yet or when the active version was itself seeded from geodata; a version an
/// operator imported and activated by hand is never replaced behind their back.
/// </remarks>
public static class GeodataSeeder
{
    /// <summary>Label prefix of versions seeded from the geodata folder.</summary>
    public const string LabelPrefix = "geodata:";

    /// <summary>Imports the folder and activates it when the rule above allows; returns what happened.</summary>
    public static async Task<(ImportReport Report, bool Activated)> SeedAsync(DatasetStore store, GeodataFolder folder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(folder);
        var dataset = folder.LoadDataset();
        var report = await store.ImportAsync(dataset, LabelPrefix + " " + folder.Path, dryRun: false, ct);
        var versions = await store.ListVersionsAsync(ct);
        var active = versions.FirstOrDefault(v => v.IsActive);
        var mayActivate = active is null || active.Label.StartsWith(LabelPrefix, StringComparison.Ordinal);
        if (report.VersionId is { } id && mayActivate && active?.Id != id)
        {
            await store.ActivateAsync(id, ct);
            return (report, true);
        }
        return (report, false);
    }
}
