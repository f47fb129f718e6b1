using CoverageMap.Core.Addresses;
using CoverageMap.Core.Streets;
using CsCheck;
using Xunit.Abstractions;

namespace CoverageMap.Core.Tests.Addresses;

/// <summary>Property: <see cref="AddressParser.Parse"/> never throws, whatever the string (seeded, printed).</summary>
public class AddressParserPropertyTests(ITestOutputHelper output)
{
    private static readonly Lazy<AddressParser> Parser = new(() => new AddressParser(Streets.RealStreetRegister.Instance));

    /// <summary>Arbitrary UTF-16 (lone surrogates included), address-like text, and long runs.</summary>
    internal static readonly Gen<string> Inputs = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char, 0, 400],
        Gen.String[Gen.Char["ul. al.pl Słowackiego Żwirki i Wigury 0123456789/-–,ABabcćłńóśźż ()'\"\t\n"], 0, 80],
        Gen.String[Gen.Char["0123456789/-ab "], 0, 20].Select(n => "Słowackiego " + n),
        Gen.String[Gen.Char["a1/ "], 150, 600]);

    [Fact]
    public void Parse_never_throws_and_answers_a_result_or_an_error()
    {
        var parser = Parser.Value;
        SeededProperty.ForAll(Gen.Select(Inputs, Gen.OneOf(Gen.Const((string?)null), Gen.String[Gen.Char, 0, 40].Select(s => (string?)s))), 20261201UL, 20_000, t =>
        {
            var r = parser.Parse(t.Item1, t.Item2);
            Assert.True(r.IsSuccess ^ (r.Error is not null));
        }, output.WriteLine);
    }
}
