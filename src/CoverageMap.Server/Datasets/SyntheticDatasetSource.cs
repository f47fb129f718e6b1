using CoverageMap.Core.Areas;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// For load tests and demos only, never the default: the <see cref="SyntheticGrid"/> of <c>n×n</c> square areas tiling
/// Warsaw's extent (400 vertices per area), with partnerships <c>synthetic-{i}-{j}</c>. Enabled by
/// <c>--Datasets:Synthetic=8</c> (n = 8). Thread-safe.
/// </summary>
internal sealed class SyntheticDatasetSource(int n, ILogger<SyntheticDatasetSource> logger) : IDatasetSource
{
    public Task<Dataset> LoadActiveAsync(CancellationToken cancellationToken = default)
    {
        logger.LogWarning("Serving a SYNTHETIC dataset of {Count} square areas (Datasets:Synthetic={N}); for load tests only.", n * n, n);
        return Task.FromResult(SyntheticGrid.Create(n));
    }
}
