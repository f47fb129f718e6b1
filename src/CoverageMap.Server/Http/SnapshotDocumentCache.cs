using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Http;

/// <summary>
/// Response bodies computed once per (dataset snapshot, key) — e.g. the areas' GeoJSON at a given simplification
/// tolerance. Entries live as long as their snapshot (a <see cref="ConditionalWeakTable{TKey,TValue}"/>), so a
/// dataset swap drops the old entries with the old snapshot. At most <see cref="MaxEntriesPerSnapshot"/> entries
/// are kept per snapshot; past that, bodies are computed per request (correct, just slower). Thread-safe.
/// </summary>
internal sealed class SnapshotDocumentCache
{
    public const int MaxEntriesPerSnapshot = 512;

    private readonly ConditionalWeakTable<ActiveDataset, ConcurrentDictionary<string, Lazy<CachedDocument>>> _bySnapshot = new();

    public CachedDocument GetOrCreate(ActiveDataset snapshot, string key, Func<CachedDocument> create)
    {
        var entries = _bySnapshot.GetValue(snapshot, static _ => new ConcurrentDictionary<string, Lazy<CachedDocument>>(StringComparer.Ordinal));
        if (entries.TryGetValue(key, out var existing)) return existing.Value;
        if (entries.Count >= MaxEntriesPerSnapshot) return create();
        return entries.GetOrAdd(key, _ => new Lazy<CachedDocument>(create, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }
}
