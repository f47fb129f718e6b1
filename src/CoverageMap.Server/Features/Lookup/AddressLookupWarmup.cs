using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Loads the address data (register, rules, gazetteer, network) and builds the resolver of the active dataset at
/// start, after the store is migrated and the dataset activated (hosted services start in registration order), so
/// the first request pays for none of it.
/// </summary>
internal sealed class AddressLookupWarmup(IServiceProvider services) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var provider = services.GetRequiredService<AddressResolverProvider>();
        var holder = services.GetRequiredService<ActiveDatasetHolder>();
        if (!provider.Loaded)
            provider.Replace(await AddressLookupData.LoadAsync(
                services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IHostEnvironment>(),
                services.GetRequiredService<Datasets.GeodataLocation>(), services.GetRequiredService<Datasets.StoreDatabase>(),
                services.GetRequiredService<ILoggerFactory>().CreateLogger("CoverageMap.Addresses"),
                // The registry as the active dataset holds it: read once at start, not again from the folder.
                new Core.Registry.PartnershipRegistry(1, [], holder.Current.Dataset.Partnerships), cancellationToken));
        provider.For(holder.Current);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
