using CoverageMap.Core.Lookup;
using CoverageMap.Core.Versions;
using CoverageMap.Server.Features.Lookup;

namespace CoverageMap.Server.Features.Versions;

/// <summary>
/// The answers of any dataset version, for lookups and exports that name one (<c>?version=</c>, <c>?date=</c>): the
/// active version's are the <see cref="AddressResolverProvider"/>'s; another version's (an earlier or a draft one) come
/// from a small cache of at most <see cref="Capacity"/> versions, each index and resolver built once, off to the side
/// (on the thread pool, never by the request thread), and shared by every request that asks for it while it is being
/// built. A version that stops being the active one is kept here as it was, so rolling back or asking for the version
/// of yesterday costs no rebuild. The timeline of activations (which version served when) is loaded once per active
/// snapshot. No request scans a table: a cached version is a dictionary look-up, an uncached one a single load by
/// primary key. Thread-safe.
/// </summary>
internal sealed class VersionedAnswers(Data.Store.DatasetStore store, Editor.EditorStoreReadiness readiness, ActiveDatasetHolder holder, AddressResolverProvider addresses)
{
    /// <summary>How many versions besides the active one are kept in memory.</summary>
    public const int Capacity = 4;

    private readonly Lock _gate = new();
    private readonly Dictionary<long, Entry> _entries = [];
    private long _uses;
    private (ActiveDataset Key, Task<VersionTimeline> Timeline)? _timeline;

    /// <summary>The active version's answers.</summary>
    public SnapshotAnswers Active() => addresses.Get(holder.Current);

    /// <summary>The answers of <paramref name="version"/>; null when the store has no such version.</summary>
    public async Task<SnapshotAnswers?> ForVersionAsync(long version, CancellationToken ct)
    {
        var current = holder.Current;
        if (current.Dataset.Version == version) return addresses.Get(current);
        var answers = await EntryFor(version).WaitAsync(ct);
        if (answers is null) return null;
        // New address data (a gazetteer after an import) gives the cached version a new resolver, built once.
        return ReferenceEquals(answers.Data, addresses.Data) ? answers : Rebuilt(version, answers);
    }

    /// <summary>Which version served when; loaded once per active snapshot (an activation swaps the snapshot).</summary>
    public Task<VersionTimeline> TimelineAsync(CancellationToken ct)
    {
        var current = holder.Current;
        Task<VersionTimeline> task;
        lock (_gate)
        {
            if (_timeline is { } t && ReferenceEquals(t.Key, current) && !t.Timeline.IsFaulted) task = t.Timeline;
            else
            {
                task = Task.Run(LoadTimelineAsync);
                _timeline = (current, task);
            }
        }
        return task.WaitAsync(ct);
    }

    /// <summary>
    /// Keeps the answers of a version that has just stopped being the active one (called where the active snapshot is
    /// swapped), and loads the new timeline, both off the request path.
    /// </summary>
    public void Retire(SnapshotAnswers previous)
    {
        if (previous.Snapshot.Dataset.Version <= 0) return;
        lock (_gate)
        {
            _entries[previous.Snapshot.Dataset.Version] = new Entry(Task.FromResult<SnapshotAnswers?>(previous)) { Used = ++_uses };
            Trim();
        }
        _ = TimelineAsync(CancellationToken.None);
    }

    private Task<SnapshotAnswers?> EntryFor(long version)
    {
        lock (_gate)
        {
            if (_entries.TryGetValue(version, out var e) && !e.Answers.IsFaulted && !(e.Answers.IsCompletedSuccessfully && e.Answers.Result is null))
            {
                e.Used = ++_uses;
                return e.Answers;
            }
            var entry = new Entry(Task.Run(() => LoadAsync(version))) { Used = ++_uses };
            _entries[version] = entry;
            Trim();
            return entry.Answers;
        }
    }

    private SnapshotAnswers Rebuilt(long version, SnapshotAnswers stale)
    {
        var rebuilt = addresses.Build(stale.Snapshot);
        lock (_gate)
        {
            if (_entries.TryGetValue(version, out var e)) _entries[version] = new Entry(Task.FromResult<SnapshotAnswers?>(rebuilt)) { Used = e.Used };
        }
        return rebuilt;
    }

    private void Trim()
    {
        while (_entries.Count > Capacity) _entries.Remove(_entries.MinBy(kv => kv.Value.Used).Key);
    }

    private async Task<SnapshotAnswers?> LoadAsync(long version)
    {
        await readiness.EnsureAsync(CancellationToken.None);
        var dataset = await store.LoadAsync(version, CancellationToken.None);
        return dataset is null ? null : addresses.Build(new ActiveDataset(dataset));
    }

    private async Task<VersionTimeline> LoadTimelineAsync()
    {
        await readiness.EnsureAsync(CancellationToken.None);
        var activations = await store.ListActivationsAsync(CancellationToken.None);
        return new VersionTimeline(activations.Select(a => (a.At, a.VersionId)));
    }

    private sealed class Entry(Task<SnapshotAnswers?> answers)
    {
        public Task<SnapshotAnswers?> Answers { get; } = answers;

        public long Used { get; set; }
    }
}
