using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// The <see cref="AddressResolver"/> of the active dataset snapshot: built on first use after a swap (the street →
/// area coverage depends on the areas) and replaced atomically. Thread-safe: two requests racing after a swap may
/// both build one, and either is correct.
/// </summary>
internal sealed class AddressResolverProvider(AddressLookupData data)
{
    private Tuple<ActiveDataset, AddressResolver>? _current;

    public AddressResolver For(ActiveDataset snapshot)
    {
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Item1, snapshot)) return current.Item2;
        var resolver = new AddressResolver(data.Register, data.Rules, data.Gazetteer, snapshot.Index,
            new StreetAreaCoverage(data.Network, snapshot.Dataset.Areas));
        Volatile.Write(ref _current, Tuple.Create(snapshot, resolver));
        return resolver;
    }
}
