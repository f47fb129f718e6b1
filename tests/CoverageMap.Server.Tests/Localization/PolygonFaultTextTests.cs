using CoverageMap.Core.Problems;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;
using NetTopologySuite.Operation.Valid;

namespace CoverageMap.Server.Tests.Localization;

/// <summary>What the polygon validator finds is said in words from the catalogue, never in NTS's English.</summary>
public sealed class PolygonFaultTextTests
{
    public static TheoryData<string> Errors => [.. Enum.GetNames<TopologyValidationErrors>()];

    [Theory]
    [MemberData(nameof(Errors))]
    public void Every_validator_error_has_Polish_and_English_words(string error)
    {
        var pl = InputProblemText.PolygonFault(ApiLanguage.Pl, error, "", "");
        var en = InputProblemText.PolygonFault(ApiLanguage.En, error, "", "");

        Assert.NotEqual(error, pl);
        Assert.NotEqual(error, en);
        Assert.NotEqual(pl, en);
    }

    [Fact]
    public void A_fault_says_where_when_the_validator_says_it()
    {
        Assert.Equal("samoprzecięcie na szerokości 52.205, długości 21.005", InputProblemText.PolygonFault(ApiLanguage.Pl, "SelfIntersection", "52.205", "21.005"));
        Assert.Equal("too few points", InputProblemText.PolygonFault(ApiLanguage.En, "TooFewPoints", "", ""));
    }

    [Fact]
    public void An_invalid_area_is_one_sentence_with_the_fault_in_it()
    {
        var fault = InputFault.Of(InputProblem.AreaInvalidPolygon, "areas.geojson", "Moje Wierzbno", "RingSelfIntersection", "52.19", "21.01");

        Assert.Equal("areas.geojson: obszar „Moje Wierzbno” nie jest prawidłowym wielokątem: obrys przecina sam siebie na szerokości 52.19, długości 21.01.",
            InputProblemText.Text(ApiLanguage.Pl, fault));
        Assert.Equal("areas.geojson: the area “Moje Wierzbno” is not a valid polygon: a ring crosses itself at latitude 52.19, longitude 21.01.",
            InputProblemText.Text(ApiLanguage.En, fault));
    }
}
