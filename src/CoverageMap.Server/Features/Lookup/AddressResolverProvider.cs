using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// The <see cref="AddressResolver"/> of the active dataset snapshot, the <see cref="StreetAreaCoverage"/> it uses and
/// the snapshot's facts the answers need (partnership names, area accuracies): built off the request path (at start by
/// <see cref="AddressLookupWarmup"/> and after a swap by the reload service), replaced atomically as one. Thread-safe:
/// two requests racing after a swap may both build one, and either is correct.
/// <para>
/// Building a snapshot's answers follows a load (start-up, a new active version, a new gazetteer), which leaves the
/// heap several times larger than what stays live — 17 MB live after start-up with the bundled data while the process
/// held 263 MB — and the server GC keeps that memory committed. With <paramref name="releaseMemory"/> (configuration
/// <c>CoverageMap:ReleaseMemoryAfterLoad</c>, on by default) one blocking, compacting, aggressive collection then gives
/// it back: idle RSS 263 → 153 MB, RSS flat over activations (docs/benchmarks.md). The tests' servers, many in one
/// process, turn it off.
/// </para>
/// </summary>
internal sealed class AddressResolverProvider(AddressLookupData data, bool loaded = true, bool releaseMemory = false)
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
        if (releaseMemory) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
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
