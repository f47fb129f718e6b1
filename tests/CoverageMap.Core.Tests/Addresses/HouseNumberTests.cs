using CoverageMap.Core.Addresses;

namespace CoverageMap.Core.Tests.Addresses;

public class HouseNumberTests
{
    [Theory]
    [InlineData("12", 12, "", null)]
    [InlineData("12A", 12, "A", null)]
    [InlineData("44a", 44, "A", null)]
    [InlineData("15/19", 15, "", 19)]
    [InlineData("7-9", 7, "", 9)]
    public void Parses(string text, int number, string letter, int? second)
    {
        Assert.True(HouseNumber.TryParse(text, out var n));
        Assert.Equal((number, letter, second, text), (n.Number, n.Letter, n.Second, n.Raw));
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("A12")]
    [InlineData("12ABC")]
    [InlineData("99999")]
    [InlineData("12/")]
    public void Rejects(string text) => Assert.False(HouseNumber.TryParse(text, out _));

    [Fact]
    public void Parity_and_ranges_use_the_numeric_part()
    {
        HouseNumber.TryParse("12A", out var n);
        Assert.True(n.IsEven);
        Assert.True(n.IsWithin(1, 27));
        Assert.False(n.IsWithin(13, 27));
    }

    [Fact]
    public void Orders_by_number_then_letter()
    {
        var ordered = new[] { "13", "12B", "12", "12A", "2" }
            .Select(t => { HouseNumber.TryParse(t, out var n); return n; })
            .Order()
            .Select(n => n.ToString());
        Assert.Equal(["2", "12", "12A", "12B", "13"], ordered);
    }
}
