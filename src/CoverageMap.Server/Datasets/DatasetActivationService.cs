using CoverageMap.Core.Areas;
using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// At start-up, loads the active dataset from the registered <see cref="IDatasetSource"/>, builds its index and
/// activates it before the server accepts requests. If loading fails the server serves the empty dataset and
/// <c>/healthz</c> answers 503 (not ready) saying so.
/// </summary>
internal sealed class DatasetActivationService(IDatasetSource source, ActiveDatasetHolder holder, ILogger<DatasetActivationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var dataset = await source.LoadActiveAsync(cancellationToken);
            var snapshot = holder.Activate(dataset);
            logger.LogInformation("Activated dataset version {Version} ({Label}): {Partnerships} partnerships, {Areas} areas.",
                dataset.Version, dataset.Label, dataset.Partnerships.Count, snapshot.Index.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading the active dataset failed; serving the empty dataset (/healthz answers 503).");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
