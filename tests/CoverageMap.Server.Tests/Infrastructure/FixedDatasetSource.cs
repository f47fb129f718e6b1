using CoverageMap.Core.Areas;

namespace CoverageMap.Server.Tests.Infrastructure;

/// <summary>An <see cref="IDatasetSource"/> that returns the dataset it was given.</summary>
internal sealed class FixedDatasetSource(Dataset dataset) : IDatasetSource
{
    public Task<Dataset> LoadActiveAsync(CancellationToken cancellationToken = default) => Task.FromResult(dataset);
}
