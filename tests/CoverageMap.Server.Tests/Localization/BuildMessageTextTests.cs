using System.Globalization;
using CoverageMap.Core.Building;
using CoverageMap.Server.Localization;

namespace CoverageMap.Server.Tests.Localization;

/// <summary>Every code of the area builder has its own sentence in Polish and English, with its facts (numbers as the language writes them).</summary>
public sealed class BuildMessageTextTests
{
    /// <summary>Facts of each code, in its documented order (<see cref="BuildDiagnosticCodes"/>); the first string or number is what every sentence must show.</summary>
    private static readonly Dictionary<string, object[]> Samples = new(StringComparer.Ordinal)
    {
        [BuildDiagnosticCodes.NoStreets] = [],
        [BuildDiagnosticCodes.StreetUnmatched] = ["Nieistniejąca", "sieć.geojson (GeoJSON)"],
        [BuildDiagnosticCodes.ExtraUnmatched] = ["Park Nieistniejący", "sieć.geojson (GeoJSON)"],
        [BuildDiagnosticCodes.RingOpen] = ["Krasińskiego", 48.2, "Broniewskiego", 0d],
        [BuildDiagnosticCodes.GapBridged] = ["Krasińskiego", 48.2, "Broniewskiego", 50d],
        [BuildDiagnosticCodes.TooManyFaces] = [27, 20],
        [BuildDiagnosticCodes.NoArea] = [new[] { "Krasińskiego", "Broniewskiego" }],
        [BuildDiagnosticCodes.StreetCrossesArea] = ["Krasińskiego", 1234.4],
        [BuildDiagnosticCodes.StreetNotOnOutline] = ["Krasińskiego", 12.2, 50d],
        [BuildDiagnosticCodes.SliverDropped] = ["Krasińskiego", 24.6, 5432.1],
        [BuildDiagnosticCodes.FacesDropped] = [8.6712, new[] { "Mickiewicza", "Krasińskiego" }],
        [BuildDiagnosticCodes.FacesKept] = [2, new[] { 0.6, 1.25 }, new[] { "Krasińskiego" }],
        [BuildDiagnosticCodes.FaceChoiceAmbiguous] = [3],
        [BuildDiagnosticCodes.ExtraInside] = ["Park Kaskada", 10d],
        [BuildDiagnosticCodes.ExtraOutside] = ["Park Kaskada", 141.4, 141.4, "m", 200.2, 10d],
        [BuildDiagnosticCodes.ExtraAdded] = ["Park Kaskada", 1.234],
        [BuildDiagnosticCodes.ExtraRuleUnknown] = ["Park Kaskada", "obok"],
        [BuildDiagnosticCodes.GeometryRepaired] = ["SelfIntersection"],
    };

    [Fact]
    public void Every_code_has_a_Polish_and_an_English_sentence_of_its_own_with_its_facts()
    {
        Assert.Equal(BuildDiagnosticCodes.All.Order(StringComparer.Ordinal), Samples.Keys.Order(StringComparer.Ordinal));
        var polish = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in BuildDiagnosticCodes.All)
        {
            var diagnostic = new BuildDiagnostic(FindingSeverity.Info, code, Samples[code], "English for logs");
            var pl = Sentence("pl", diagnostic);
            var en = Sentence("en", diagnostic);
            Assert.NotEqual(pl, en);
            foreach (var sentence in new[] { pl, en })
            {
                Assert.DoesNotContain("{", sentence, StringComparison.Ordinal);
                Assert.DoesNotContain(code, sentence, StringComparison.Ordinal);   // not the fallback that names the code
                Assert.DoesNotContain("English for logs", sentence, StringComparison.Ordinal);
                if (Samples[code].OfType<string>().FirstOrDefault() is { } name) Assert.Contains(name, sentence, StringComparison.Ordinal);
            }
            Assert.True(polish.Add(pl), $"{code} says what another code says: {pl}");
        }
    }

    [Theory]
    [InlineData("pl", "8,67 ha", "Mickiewicza, Krasińskiego")]
    [InlineData("en", "8.67 ha", "Mickiewicza, Krasińskiego")]
    public void Numbers_are_written_as_the_language_writes_them_and_names_are_listed(string language, string hectares, string names)
    {
        var sentence = Sentence(language, new BuildDiagnostic(FindingSeverity.Info, BuildDiagnosticCodes.FacesDropped, Samples[BuildDiagnosticCodes.FacesDropped], ""));
        Assert.Contains(hectares, sentence, StringComparison.Ordinal);
        Assert.Contains(names, sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void Kept_faces_name_the_streets_that_cross_the_area_and_a_gap_is_rounded_up_to_the_tolerance_that_bridges_it()
    {
        Assert.Equal("Obszar składa się z 2 części (0,60 + 1,25 ha). Przecina go: Krasińskiego.",
            Sentence("pl", new BuildDiagnostic(FindingSeverity.Info, BuildDiagnosticCodes.FacesKept, Samples[BuildDiagnosticCodes.FacesKept], "")));
        Assert.Equal("The area is made of 2 pieces (0.60 + 1.25 ha). Crossed by: Krasińskiego.",
            Sentence("en", new BuildDiagnostic(FindingSeverity.Info, BuildDiagnosticCodes.FacesKept, Samples[BuildDiagnosticCodes.FacesKept], "")));
        Assert.Equal("The area is made of 2 pieces (0.60 + 1.25 ha).",
            Sentence("en", new BuildDiagnostic(FindingSeverity.Info, BuildDiagnosticCodes.FacesKept, [2, new[] { 0.6, 1.25 }, Array.Empty<string>()], "")));
        Assert.StartsWith("Przerwa 49 m między ulicami „Krasińskiego” i „Broniewskiego”",
            Sentence("pl", new BuildDiagnostic(FindingSeverity.Error, BuildDiagnosticCodes.RingOpen, Samples[BuildDiagnosticCodes.RingOpen], "")), StringComparison.Ordinal);
    }

    private static string Sentence(string language, BuildDiagnostic diagnostic)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return BuildMessageText.Diagnostic(LocalizationExtensions.Standalone<EditorCatalogue>(), diagnostic);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
