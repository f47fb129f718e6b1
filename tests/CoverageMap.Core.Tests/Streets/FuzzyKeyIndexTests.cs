using CoverageMap.Core.Streets;
using CsCheck;
using Xunit.Abstractions;

namespace CoverageMap.Core.Tests.Streets;

/// <summary>
/// <see cref="FuzzyKeyIndex"/> finds exactly the keys the symmetric-delete rule defines — a key shares a variant with
/// up to the distance's deletes with the query, and its optimal-string-alignment distance is within the limit — as a
/// plain scan of every key by that rule finds them (seeded, printed).
/// </summary>
public class FuzzyKeyIndexTests(ITestOutputHelper output)
{
    private static readonly Gen<string> Word = Gen.String[Gen.Char["abcłó "], 0, 12];

    [Fact]
    public void Find_answers_what_a_scan_of_every_key_answers()
    {
        var cases = Gen.Select(Word.Array[1, 60], Word, Gen.Int[0, 3]);
        SeededProperty.ForAll(cases, 20261203UL, 3_000, c =>
        {
            var (keys, query, distance) = c;
            var distinct = keys.Distinct(StringComparer.Ordinal).ToArray();
            var index = new FuzzyKeyIndex(distinct);
            var found = index.Find(query, distance).Select(f => (distinct[f.KeyIndex], f.Distance)).OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
            Assert.Equal(Scan(distinct, query, distance), found);
        }, output.WriteLine);
    }

    [Theory]
    [InlineData("slowackiego", "slowackego", 1)]   // one deleted
    [InlineData("slowackiego", "slowackeigo", 1)]  // two swapped
    [InlineData("slowackiego", "swlowackieg", 2)]  // one inserted, one deleted
    public void Finds_a_near_miss_at_its_distance(string key, string query, int distance)
    {
        var index = new FuzzyKeyIndex(["mickiewicza", key, "krasinskiego"]);
        Assert.Equal([(1, distance)], index.Find(query, 2));
    }

    [Fact]
    public void A_query_longer_than_every_key_by_more_than_the_distance_finds_nothing()
    {
        var index = new FuzzyKeyIndex(["abc", "abcd"]);
        Assert.Empty(index.Find("abcdefg", 2));
        Assert.Equal([(1, 2)], index.Find("abcdef", 2));
    }

    private static List<(string, int)> Scan(string[] keys, string query, int distance)
    {
        int d = Math.Min(distance, FuzzyKeyIndex.MaxSupportedDistance);
        if (d <= 0) return [];
        var queryDeletes = Deletes(query, d);
        return keys
            .Where(k => Math.Abs(k.Length - query.Length) <= d && queryDeletes.Overlaps(Deletes(k, FuzzyKeyIndex.MaxSupportedDistance)))
            .Select(k => (k, FuzzyKeyIndex.OptimalStringAlignment(query, k, d)))
            .Where(f => f.Item2 > 0 && f.Item2 <= d)
            .OrderBy(f => f.k, StringComparer.Ordinal).ToList();
    }

    private static HashSet<string> Deletes(string word, int depth)
    {
        var all = new HashSet<string>(StringComparer.Ordinal);
        void Collect(string w, int left)
        {
            if (!all.Add(w) || left == 0 || w.Length <= 1) return;
            for (int i = 0; i < w.Length; i++) Collect(w.Remove(i, 1), left - 1);
        }
        Collect(word, depth);
        return all;
    }
}
