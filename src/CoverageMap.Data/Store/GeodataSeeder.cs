using CoverageMap.Core.Areas;
using CoverageMap.Data.Geodata;

namespace CoverageMap.Data.Store;

/// <summary>
/// Fills the store from the project's <c>geodata/</c> folder. Thread-safe if the store is.
/// </summary>
/// <remarks>
/// The rule: the folder is imported on every start (idempotent: identical content writes nothing). The new version is
/// activated when nothing is active yet or when the active version was itself seeded (origin
/// <see cref="DatasetOrigins.Seed"/>); a version an operator imported and activated by hand is never replaced behind
/// their back. Import and activation are one transaction under the store's write lock: instances starting together on
/// one empty database store the folder once and activate it once.
/// </remarks>
public static class GeodataSeeder
{
    /// <summary>The label of seeded versions: no machine path (labels are shown on <c>/healthz</c>).</summary>
    public const string Label = "geodata";

    /// <summary>Loads the folder (registry and areas, validated), imports it and activates it when the rule above allows.</summary>
    /// <exception cref="Core.Problems.InputProblemException">The registry or the areas are not valid (see <see cref="GeodataFolder.LoadDataset"/>).</exception>
    public static Task<(ImportReport Report, bool Activated)> SeedAsync(DatasetStore store, GeodataFolder folder, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return SeedAsync(store, folder.LoadDataset(), ct);
    }

    /// <summary>Imports a dataset already loaded from the geodata folder and activates it when the rule above allows.</summary>
    public static async Task<(ImportReport Report, bool Activated)> SeedAsync(DatasetStore store, Dataset dataset, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(dataset);
        return await store.ImportAndActivateAsync(dataset, Label, DatasetOrigins.Seed,
            activeOrigin => activeOrigin is null or DatasetOrigins.Seed, actor: "seed", reason: "the geodata folder changed", ct);
    }
}
