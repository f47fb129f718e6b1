using CoverageMap.Cli.Localization;
using CoverageMap.Core.Building;

namespace CoverageMap.Cli.Tests;

/// <summary>What <c>build-areas</c> says about a build, in the language asked for: every check of the area set has its sentence.</summary>
public sealed class BuildReportTests
{
    /// <summary>Facts of each code of the set checks, in the order <see cref="AreaSetFindingCodes"/> documents.</summary>
    private static readonly Dictionary<string, object[]> FindingSamples = new(StringComparer.Ordinal)
    {
        [AreaSetFindingCodes.Empty] = [],
        [AreaSetFindingCodes.NotPolygonal] = ["LineString"],
        [AreaSetFindingCodes.WrongSrid] = [2180, 4326],
        [AreaSetFindingCodes.Invalid] = ["SelfIntersection", 52.2712345, 20.9812345],
        [AreaSetFindingCodes.Overlap] = [15_000.4, 12.5, 5_000d],
        [AreaSetFindingCodes.OverlapTolerated] = [3_000.4, 2.5, 5_000d],
        [AreaSetFindingCodes.District] = [97.46, 95d],
        [AreaSetFindingCodes.DistrictMissing] = [],
    };

    [Fact]
    public void Every_check_of_the_area_set_has_a_Polish_and_an_English_sentence_of_its_own_naming_the_partnerships()
    {
        Assert.Equal(AreaSetFindingCodes.All.Order(StringComparer.Ordinal), FindingSamples.Keys.Order(StringComparer.Ordinal));
        var polish = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in AreaSetFindingCodes.All)
        {
            var finding = new AreaSetFinding(FindingSeverity.Error, code.Split('-')[0], code, "a-id", code.StartsWith("overlap", StringComparison.Ordinal) ? "b-id" : null, null, FindingSamples[code], "English for logs");
            var pl = AreaSetFindingText.Sentence(CliText.Polish, finding, Name);
            var en = AreaSetFindingText.Sentence(CliText.English, finding, Name);
            Assert.NotEqual(pl, en);
            foreach (var sentence in new[] { pl, en })
            {
                Assert.Contains("Partnerstwo A", sentence, StringComparison.Ordinal);
                Assert.DoesNotContain("a-id", sentence, StringComparison.Ordinal);
                Assert.DoesNotContain("{", sentence, StringComparison.Ordinal);
                if (finding.OtherAreaId is not null) Assert.Contains("Partnerstwo B", sentence, StringComparison.Ordinal);
            }
            Assert.True(polish.Add(pl), $"{code} says what another check says: {pl}");
        }

        Assert.Equal("97,5 % obszaru Partnerstwo A leży w jego dzielnicy (wymagane co najmniej 95 %).",
            AreaSetFindingText.Sentence(CliText.Polish, Finding(AreaSetFindingCodes.District), Name));
        Assert.Equal("97.5 % of the area of Partnerstwo A lies inside its district (at least 95 % required).",
            AreaSetFindingText.Sentence(CliText.English, Finding(AreaSetFindingCodes.District), Name));
        Assert.Contains("15\u00A0000 m²", AreaSetFindingText.Sentence(CliText.Polish, Finding(AreaSetFindingCodes.Overlap), Name), StringComparison.Ordinal);
        Assert.Contains("15,000 m²", AreaSetFindingText.Sentence(CliText.English, Finding(AreaSetFindingCodes.Overlap), Name), StringComparison.Ordinal);

        static AreaSetFinding Finding(string code) =>
            new(FindingSeverity.Info, code, code, "a-id", "b-id", null, FindingSamples[code], "");
    }

    private static string Name(string? id) => id switch
    {
        "a-id" => "Partnerstwo A",
        "b-id" => "Partnerstwo B",
        _ => "",
    };
}
