using System.Text.Json;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Streets;
using CoverageMap.Core.Tests.Streets;
using Xunit.Abstractions;

namespace CoverageMap.Core.Tests.Addresses;

/// <summary>
/// Needs <c>../shared</c>: parses the 19,698 real address texts of
/// <c>shared/geodata/sources/address-points/warsaw-address-points.geojson</c> against the real street register and
/// measures how many name exactly one register street. Fails (never skips) when <c>../shared</c> is missing.
/// </summary>
[Trait("Needs", "../shared")]
public sealed class RealAddressPointsNeedsSharedTests(ITestOutputHelper output)
{
    /// <summary>Share of real address texts whose street resolves to exactly one register street, before the typed
    /// forms (surname only, digraph initials, apostrophe endings, pseudonyms, trailing descriptions) were handled.</summary>
    private const double ShareBefore = 16_739 / 19_698.0;

    /// <summary>The floor this suite holds the parser to (measured after, rounded down).</summary>
    private const double MinimumShare = 0.88;

    [Fact]
    public void Needs_shared_real_address_texts_resolve_to_one_register_street()
    {
        var path = AddressPointsPath();
        var parser = new AddressParser(RealStreetRegister.Instance);
        var addresses = ReadAddresses(path);
        Assert.Equal(19_698, addresses.Count);

        int unique = 0, failed = 0, ambiguous = 0, notFound = 0;
        var misses = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new Dictionary<AddressParseErrorCode, int>();
        foreach (var text in addresses)
        {
            var r = parser.Parse(text);
            if (r.Address is not { } a)
            {
                failed++;
                errors[r.Error!.Code] = errors.GetValueOrDefault(r.Error.Code) + 1;
                Count(misses, "error " + r.Error.Code + ": " + text);
                continue;
            }
            if (a.Street is not null) unique++;
            else
            {
                if (a.Match == StreetMatchKind.Ambiguous) ambiguous++;
                else notFound++;
                Count(misses, a.Match + ": " + a.StreetText);
            }
        }

        double share = (double)unique / addresses.Count;
        output.WriteLine($"resolved uniquely: {unique} of {addresses.Count} = {share:P2} (before the typed forms: {ShareBefore:P2})");
        output.WriteLine($"ambiguous {ambiguous}, not found {notFound}, not parsed {failed} ({string.Join(", ", errors.Select(e => $"{e.Key} {e.Value}"))})");
        foreach (var (form, n) in misses.OrderByDescending(m => m.Value).ThenBy(m => m.Key, StringComparer.Ordinal).Take(60))
            output.WriteLine($"{n,5}  {form}");
        Assert.True(share >= MinimumShare, $"only {share:P2} of the real addresses resolve to one street; expected at least {MinimumShare:P2}");
    }

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static string AddressPointsPath()
    {
        string path;
        try
        {
            path = SharedData.Path("geodata", "sources", "address-points", "warsaw-address-points.geojson");
        }
        catch (DirectoryNotFoundException e)
        {
            Assert.Fail("This test needs ../shared (the real Warsaw address points and street register): " + e.Message);
            throw;
        }
        Assert.True(File.Exists(path), $"This test needs ../shared: {path} is missing.");
        return path;
    }

    private static List<string> ReadAddresses(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var result = new List<string>(20_000);
        foreach (var f in doc.RootElement.GetProperty("features").EnumerateArray())
            if (f.GetProperty("properties").TryGetProperty("address", out var a) && a.GetString() is { } s)
                result.Add(s);
        return result;
    }
}
