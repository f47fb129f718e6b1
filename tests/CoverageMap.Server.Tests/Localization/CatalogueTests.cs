using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Tests.Localization;

/// <summary>The localized catalogue (answers and problems): Polish and English hold the same sentences with the same
/// arguments, plural nouns have all three Polish forms, and the problem messages come out of it in both languages.</summary>
public sealed partial class CatalogueTests
{
    public static TheoryData<string> Catalogues => new() { "Answers", "Problems", "InputProblems" };

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Polish_and_English_have_the_same_keys_and_arguments(string name)
    {
        var polish = Entries(name, CultureInfo.InvariantCulture);
        var english = Entries(name, CultureInfo.GetCultureInfo("en"));

        Assert.NotEmpty(polish);
        Assert.Equal(polish.Keys.Order(), english.Keys.Order());
        foreach (var (key, pl) in polish)
            Assert.True(Arguments(pl).SetEquals(Arguments(english[key])),
                $"{name}/{key}: Polish uses {{{string.Join(",", Arguments(pl))}}}, English {{{string.Join(",", Arguments(english[key]))}}}");
    }

    [Theory]
    [MemberData(nameof(Catalogues))]
    public void Every_plural_noun_has_its_three_Polish_forms(string name)
    {
        var keys = Entries(name, CultureInfo.InvariantCulture).Keys.ToHashSet();
        var nouns = keys.Where(k => k.EndsWith("_one", StringComparison.Ordinal)).Select(k => k[..^4]).ToList();
        foreach (var noun in nouns)
        {
            Assert.Contains(noun + "_few", keys);
            Assert.Contains(noun + "_many", keys);
        }
    }

    [Fact]
    public void Problem_messages_come_from_the_catalogue_in_Polish_and_English()
    {
        Assert.Equal("Nie znaleziono", ApiText.NotFoundTitle(ApiLanguage.Pl));
        Assert.Equal("Not found", ApiText.NotFoundTitle(ApiLanguage.En));
        Assert.Equal("Brak wartości pola „lat”.", ApiText.Describe(new FieldError("lat", FieldErrorKind.Missing, null, null), ApiLanguage.Pl));
        Assert.Equal("Too many rows: the limit is 100,000 per request. Split the file into smaller parts.", ApiText.TooManyRows(ApiLanguage.En, 100_000));
    }

    [Theory]
    [InlineData(2, "Nie wiemy, którędy biegnie Mickiewicza: 2 ulice w Warszawie noszą tę nazwę, a sieć ulic ich nie rozróżnia.")]
    [InlineData(5, "Nie wiemy, którędy biegnie Mickiewicza: 5 ulic w Warszawie nosi tę nazwę, a sieć ulic ich nie rozróżnia.")]
    [InlineData(22, "Nie wiemy, którędy biegnie Mickiewicza: 22 ulice w Warszawie noszą tę nazwę, a sieć ulic ich nie rozróżnia.")]
    public void A_count_in_a_problem_takes_the_Polish_plural(int count, string expected) =>
        Assert.Equal(expected, ApiText.StreetNameShared(ApiLanguage.Pl, "Mickiewicza", count));

    [Fact]
    public void Every_field_error_kind_has_its_own_sentence()
    {
        foreach (var kind in Enum.GetValues<FieldErrorKind>())
        {
            var pl = ApiText.Describe(new FieldError("pole", kind, "x", "y"), ApiLanguage.Pl);
            Assert.NotEqual(ApiText.Text(ApiLanguage.Pl, "FieldInvalid", "pole"), pl);
            Assert.NotEqual(pl, ApiText.Describe(new FieldError("pole", kind, "x", "y"), ApiLanguage.En));
        }
    }

    private static Dictionary<string, string> Entries(string name, CultureInfo culture)
    {
        var manager = new ResourceManager($"CoverageMap.Server.Resources.Localization.{name}", typeof(ApiText).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No {name} catalogue for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static HashSet<string> Arguments(string format) => [.. Placeholder().Matches(format).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"(?<!\{)\{(\d+)(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
