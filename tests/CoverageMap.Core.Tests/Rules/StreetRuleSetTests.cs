using CoverageMap.Core.Addresses;
using CoverageMap.Core.Rules;

namespace CoverageMap.Core.Tests.Rules;

/// <summary>Rule evaluation. The rules are test examples on real street names, not real rules.</summary>
public sealed class StreetRuleSetTests
{
    private static readonly StreetRuleSet Rules = new([
        new StreetRule("odd-1-27", "Juliusza Słowackiego", null, 1, 27, NumberParity.Odd, "a"),
        new StreetRule("even-2-26", "Juliusza Słowackiego", null, 2, 26, NumberParity.Even, "b"),
        new StreetRule("from-30-to-end", "Słowackiego", null, 30, null, NumberParity.All, "c"),
        new StreetRule("by-id", "Krasińskiego", "11030", 1, 9, NumberParity.All, "d"),
    ]);

    private static HouseNumber N(string text) => HouseNumber.TryParse(text, out var n) ? n : throw new ArgumentException(text);

    private static string[] Partnerships(string street, string number, string? id = null) =>
        Rules.Evaluate(street, N(number), id).Select(r => r.PartnershipId).ToArray();

    [Theory]
    [InlineData("1", "a")]
    [InlineData("27", "a")]
    [InlineData("15", "a")]
    [InlineData("2", "b")]
    [InlineData("26", "b")]
    [InlineData("12A", "b")]   // a letter keeps the number's range and parity: 12A is even, inside 2–26
    [InlineData("13B", "a")]
    [InlineData("15/19", "a")] // a double number is ruled by its first number
    [InlineData("30", "c")]
    [InlineData("31", "c")]
    [InlineData("9999", "c")]  // open range: to the end of the street
    public void Ranges_parity_letters_and_open_ranges(string number, string expected) =>
        Assert.Equal([expected], Partnerships("Juliusza Słowackiego", number));

    [Theory]
    [InlineData("28")]
    [InlineData("29")]
    public void A_gap_between_ranges_has_no_rule(string number) =>
        Assert.Empty(Partnerships("Juliusza Słowackiego", number));

    [Theory]
    [InlineData("ul. Słowackiego")]
    [InlineData("SŁOWACKIEGO")]
    [InlineData("slowackiego")]
    public void Any_spelling_of_the_street_finds_its_rules(string street) =>
        Assert.Equal(["b"], Partnerships(street, "12"));

    [Fact]
    public void A_rule_with_a_street_id_applies_to_that_street_only()
    {
        Assert.Equal(["d"], Partnerships("Zygmunta Krasińskiego", "5", "11030"));
        Assert.Empty(Partnerships("Krasińskiego", "5", "99999")); // another street of the same name
        Assert.Equal(["d"], Partnerships("Krasińskiego", "5"));   // no id known: the name decides
    }

    [Fact]
    public void Unknown_street_has_no_rules() => Assert.Empty(Partnerships("Puławska", "1"));

    [Theory]
    [InlineData(1, 27, NumberParity.Odd, 2, 26, NumberParity.Even, false)]
    [InlineData(1, 27, NumberParity.All, 2, 26, NumberParity.Even, true)]
    [InlineData(1, 9, NumberParity.Odd, 9, 20, NumberParity.Odd, true)]
    [InlineData(1, 9, NumberParity.Odd, 10, null, NumberParity.All, false)]
    [InlineData(2, 2, NumberParity.Odd, 1, 40, NumberParity.All, false)] // 2–2 has no odd number
    [InlineData(30, null, NumberParity.Even, 100, 120, NumberParity.Even, true)]
    public void Overlap_respects_ranges_and_parity(int f1, int? t1, NumberParity p1, int f2, int? t2, NumberParity p2, bool expected)
    {
        var a = new StreetRule("a", "X", null, f1, t1, p1, "p");
        var b = new StreetRule("b", "X", null, f2, t2, p2, "q");
        Assert.Equal(expected, a.Overlaps(b));
        Assert.Equal(expected, b.Overlaps(a));
    }
}
