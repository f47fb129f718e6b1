using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// The <see cref="AddressResolver"/> of the active dataset snapshot and the <see cref="StreetAreaCoverage"/> it uses:
/// built on first use after a swap (the street → area coverage depends on the areas) and replaced atomically, as a
/// pair. Thread-safe: two requests racing after a swap may both build one, and either is correct.
/// </summary>
internal sealed class AddressResolverProvider(AddressLookupData data)
{
    private AddressLookupData _data = data;
    private Built? _current;

    /// <summary>The address data the resolvers are built from (register, rules, gazetteer, network, street points).</summary>
    public AddressLookupData Data => Volatile.Read(ref _data);

    /// <summary>Serves new address data (e.g. a gazetteer after an import); the next request builds its resolver.</summary>
    public void Replace(AddressLookupData replacement) => Volatile.Write(ref _data, replacement);

    public AddressResolver For(ActiveDataset snapshot) => Get(snapshot).Resolver;

    /// <summary>The street → areas coverage of the snapshot: the same instance the snapshot's resolver uses.</summary>
    public StreetAreaCoverage CoverageFor(ActiveDataset snapshot) => Get(snapshot).Coverage;

    private Built Get(ActiveDataset snapshot)
    {
        var data = Data;
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Snapshot, snapshot) && ReferenceEquals(current.Data, data)) return current;
        var coverage = new StreetAreaCoverage(data.Network, snapshot.Dataset.Areas);
        var built = new Built(snapshot, data, new AddressResolver(data.Register, data.Rules, data.Gazetteer, snapshot.Index, coverage,
            snapshot.Dataset.Partnerships.ToDictionary(p => p.Id, p => p.District, StringComparer.Ordinal)), coverage);
        Volatile.Write(ref _current, built);
        return built;
    }

    private sealed record Built(ActiveDataset Snapshot, AddressLookupData Data, AddressResolver Resolver, StreetAreaCoverage Coverage);
}
