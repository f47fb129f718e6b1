using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// The <see cref="AddressResolver"/> of the active dataset snapshot, the <see cref="StreetAreaCoverage"/> it uses and
/// the snapshot's facts the answers need (partnership names, area accuracies): built off the request path (at start by
/// <see cref="AddressLookupWarmup"/> and after a swap by the reload service), replaced atomically as one. Thread-safe:
/// two requests racing after a swap may both build one, and either is correct.
/// </summary>
internal sealed class AddressResolverProvider(AddressLookupData data, bool loaded = true)
{
    private AddressLookupData _data = data;

    /// <summary>False until the address data has been loaded (by <see cref="AddressLookupWarmup"/>) or was given.</summary>
    public bool Loaded { get; private set; } = loaded;
    private SnapshotAnswers? _current;

    /// <summary>The address data the resolvers are built from (register, rules, gazetteer, network, street points).</summary>
    public AddressLookupData Data => Volatile.Read(ref _data);

    /// <summary>Serves new address data (e.g. a gazetteer after an import); the next request builds its resolver.</summary>
    public void Replace(AddressLookupData replacement)
    {
        Volatile.Write(ref _data, replacement);
        Loaded = true;
    }

    public AddressResolver For(ActiveDataset snapshot) => Get(snapshot).Resolver;

    /// <summary>The street → areas coverage of the snapshot: the same instance the snapshot's resolver uses.</summary>
    public StreetAreaCoverage CoverageFor(ActiveDataset snapshot) => Get(snapshot).Coverage;

    /// <summary>Everything the snapshot's answers need.</summary>
    public SnapshotAnswers Get(ActiveDataset snapshot)
    {
        var data = Data;
        var current = Volatile.Read(ref _current);
        if (current is not null && ReferenceEquals(current.Snapshot, snapshot) && ReferenceEquals(current.Data, data)) return current;
        var built = Build(snapshot, data);
        Volatile.Write(ref _current, built);
        return built;
    }

    /// <summary>
    /// What the answers of another snapshot than the active one need (a historic version's), built from the current
    /// address data without replacing the active snapshot's; the caller keeps it (see <c>VersionedAnswers</c>).
    /// </summary>
    public SnapshotAnswers Build(ActiveDataset snapshot) => Build(snapshot, Data);

    private static SnapshotAnswers Build(ActiveDataset snapshot, AddressLookupData data)
    {
        var coverage = new StreetAreaCoverage(data.Network, snapshot.Dataset.Areas);
        var resolver = new AddressResolver(data.Register, data.Rules, data.Gazetteer, snapshot.Index, coverage, snapshot.Dataset);
        return new SnapshotAnswers(snapshot, data, resolver, coverage);
    }
}
