namespace CoverageMap.Core.Streets;

/// <summary>
/// Finds keys within a small edit distance of a query without scanning all keys (symmetric-delete index: every key
/// is stored under the hashes of all its variants with up to two characters deleted; a query looks up its own
/// deletes and verifies each hit with the optimal-string-alignment distance). Built once; thread-safe and immutable.
/// </summary>
/// <remarks>
/// A query's deletes are hashed where they stand, without building their strings (a 30-character text has ~450 of
/// them), and each is looked up in its bucket of the sorted entries (the top 16 bits of the hash index a table of
/// bucket starts), so a lookup is one or two cache misses rather than a binary search over every entry. A query longer
/// than the longest key by more than the distance finds nothing and is answered at once.
/// </remarks>
internal sealed class FuzzyKeyIndex
{
    /// <summary>The largest edit distance the index supports.</summary>
    public const int MaxSupportedDistance = 2;

    private const int BucketBits = 16;
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly string[] _keys;
    private readonly ulong[] _entries; // (hash << 32) | key index, sorted
    private readonly int[] _bucketStart; // first entry of each top-16-bit hash bucket; one more for the end
    private readonly int _longestKey;

    public FuzzyKeyIndex(IReadOnlyList<string> keys)
    {
        _keys = [.. keys];
        var entries = new List<ulong>(keys.Count * 64);
        var deletes = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < _keys.Length; i++)
        {
            deletes.Clear();
            CollectDeletes(_keys[i], MaxSupportedDistance, deletes);
            foreach (var d in deletes) entries.Add(((ulong)Hash(d) << 32) | (uint)i);
            _longestKey = Math.Max(_longestKey, _keys[i].Length);
        }
        _entries = [.. entries];
        Array.Sort(_entries);
        _bucketStart = new int[(1 << BucketBits) + 1];
        int at = 0;
        for (int b = 0; b < 1 << BucketBits; b++)
        {
            _bucketStart[b] = at;
            while (at < _entries.Length && Bucket(_entries[at]) == b) at++;
        }
        _bucketStart[1 << BucketBits] = _entries.Length;
    }

    /// <summary>The largest distance allowed for a key of this length: 0 up to 3 characters, 1 up to 7, else 2.</summary>
    public static int AllowedDistance(int length) => length <= 3 ? 0 : length <= 7 ? 1 : 2;

    /// <summary>Keys (by index) within <paramref name="maxDistance"/> of <paramref name="query"/>, with their distance.</summary>
    public List<(int KeyIndex, int Distance)> Find(string query, int maxDistance)
    {
        maxDistance = Math.Min(maxDistance, MaxSupportedDistance);
        var found = new List<(int, int)>();
        if (maxDistance <= 0 || query.Length > _longestKey + maxDistance) return found;
        var seen = new HashSet<int>();
        int n = query.Length;
        // The query itself, each variant with one character deleted and, at distance 2, with two deleted (i < j).
        Look(Hash(query), query, maxDistance, seen, found);
        if (n <= 1) return found;
        for (int i = 0; i < n; i++)
        {
            uint prefix = FnvOffset;
            for (int k = 0; k < i; k++) prefix = (prefix ^ query[k]) * FnvPrime;
            uint one = prefix;
            for (int k = i + 1; k < n; k++) one = (one ^ query[k]) * FnvPrime;
            Look(one, query, maxDistance, seen, found);
            if (maxDistance < 2 || n <= 2) continue;
            uint upTo = prefix; // the hash of query[..j] without query[i], grown as j moves right
            for (int j = i + 1; j < n; j++)
            {
                uint two = upTo;
                for (int k = j + 1; k < n; k++) two = (two ^ query[k]) * FnvPrime;
                Look(two, query, maxDistance, seen, found);
                upTo = (upTo ^ query[j]) * FnvPrime;
            }
        }
        return found;
    }

    /// <summary>Verifies every key stored under <paramref name="hash"/> not seen yet.</summary>
    private void Look(uint hash, string query, int maxDistance, HashSet<int> seen, List<(int, int)> found)
    {
        int b = (int)(hash >> (32 - BucketBits));
        int end = _bucketStart[b + 1];
        for (int at = _bucketStart[b]; at < end; at++)
        {
            uint h = (uint)(_entries[at] >> 32);
            if (h < hash) continue;
            if (h > hash) break;
            int keyIndex = (int)(uint)_entries[at];
            if (!seen.Add(keyIndex)) continue;
            var key = _keys[keyIndex];
            if (Math.Abs(key.Length - query.Length) > maxDistance) continue;
            int distance = OptimalStringAlignment(query, key, maxDistance);
            if (distance <= maxDistance && distance > 0) found.Add((keyIndex, distance));
        }
    }

    private static int Bucket(ulong entry) => (int)(entry >> (64 - BucketBits));

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

    private static uint Hash(string s)
    {
        // FNV-1a: deterministic across processes, unlike string.GetHashCode.
        uint h = FnvOffset;
        foreach (var c in s) h = (h ^ c) * FnvPrime;
        return h;
    }
}
