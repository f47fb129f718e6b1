using CoverageMap.Core.Areas;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// The placeholder <see cref="IDatasetSource"/> used until the store registers a real one: yields an empty
/// dataset (every lookup answers <c>covered: false</c>) and says so in the log. Thread-safe.
/// </summary>
internal sealed class EmptyDatasetSource(ILogger<EmptyDatasetSource> logger) : IDatasetSource
{
    public Task<Dataset> LoadActiveAsync(CancellationToken cancellationToken = default)
    {
        logger.LogWarning(
            "No dataset source is registered (IDatasetSource): serving an EMPTY dataset, so every lookup answers covered=false. " +
            "Register the store's IDatasetSource as a singleton to serve real areas.");
        return Task.FromResult(new Dataset(0, "empty (no dataset source registered)", [], []));
    }
}
