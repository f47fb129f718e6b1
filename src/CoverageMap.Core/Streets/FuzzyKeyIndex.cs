namespace CoverageMap.Core.Streets;

/// <summary>
/// Finds keys within a small edit distance of a query without scanning all keys (symmetric-delete index: every key
/// is stored under the hashes of all its variants with up to two characters deleted; a query looks up its own
/// deletes and verifies each hit with the optimal-string-alignment distance). Built once; thread-safe and immutable.
/// </summary>
internal sealed class FuzzyKeyIndex
{
    /// <summary>The largest edit distance the index supports.</summary>
    public const int MaxSupportedDistance = 2;

    private readonly string[] _keys;
    private readonly long[] _entries; // (hash << 32) | key index, sorted

    public FuzzyKeyIndex(IReadOnlyList<string> keys)
    {
        _keys = [.. keys];
        var entries = new List<long>(keys.Count * 64);
        var deletes = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < _keys.Length; i++)
        {
            deletes.Clear();
            CollectDeletes(_keys[i], MaxSupportedDistance, deletes);
            foreach (var d in deletes) entries.Add(((long)Hash(d) << 32) | (uint)i);
        }
        _entries = [.. entries];
        Array.Sort(_entries);
    }

    /// <summary>The largest distance allowed for a key of this length: 0 up to 3 characters, 1 up to 7, else 2.</summary>
    public static int AllowedDistance(int length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;

    /// <summary>Keys (by index) within <paramref name="maxDistance"/> of <paramref name="query"/>, with their distance.</summary>
    public List<(int KeyIndex, int Distance)> Find(string query, int maxDistance)
    {
        maxDistance = Math.Min(maxDistance, MaxSupportedDistance);
        var found = new List<(int, int)>();
        if (maxDistance <= 0) return found;
        var deletes = new HashSet<string>(StringComparer.Ordinal);
        CollectDeletes(query, maxDistance, deletes);
        var seen = new HashSet<int>();
        foreach (var d in deletes)
        {
            long lo = (long)Hash(d) << 32;
            int at = Array.BinarySearch(_entries, lo);
            if (at < 0) at = ~at;
            for (; at < _entries.Length && (_entries[at] >> 32) == (lo >> 32); at++)
            {
                int keyIndex = (int)(uint)_entries[at];
                if (!seen.Add(keyIndex)) continue;
                var key = _keys[keyIndex];
                if (Math.Abs(key.Length - query.Length) > maxDistance) continue;
                int distance = OptimalStringAlignment(query, key, maxDistance);
                if (distance <= maxDistance && distance > 0) found.Add((keyIndex, distance));
            }
        }
        return found;
    }

    /// <summary>Damerau-Levenshtein distance, restricted form (optimal string alignment); stops early above <paramref name="cap"/>.</summary>
    public static int OptimalStringAlignment(string a, string b, int cap)
    {
        int n = a.Length, m = b.Length;
        Span<int> prev2 = m + 1 <= 128 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> prev = m + 1 <= 128 ? stackalloc int[m + 1] : new int[m + 1];
        Span<int> cur = m + 1 <= 128 ? stackalloc int[m + 1] : new int[m + 1];
        for (int j = 0; j <= m; j++) prev[j] = j;
        for (int i = 1; i <= n; i++)
        {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                int v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > cap) return cap + 1;
            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }

    private static void CollectDeletes(string word, int depth, HashSet<string> into)
    {
        if (!into.Add(word) || depth == 0 || word.Length <= 1) return;
        for (int i = 0; i < word.Length; i++) CollectDeletes(word.Remove(i, 1), depth - 1, into);
    }

    private static int Hash(string s)
    {
        // FNV-1a: deterministic across processes, unlike string.GetHashCode.
        uint h = 2166136261;
        foreach (var c in s) h = (h ^ c) * 16777619;
        return (int)h;
    }
}
