using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Loads the address data (register, rules, gazetteer, network) and builds the resolver of the active dataset at
/// start, after the store is migrated and the dataset activated (hosted services start in registration order), so
/// the first request pays for none of it.
/// </summary>
internal sealed class AddressLookupWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<AddressResolverProvider>().For(services.GetRequiredService<ActiveDatasetHolder>().Current);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
