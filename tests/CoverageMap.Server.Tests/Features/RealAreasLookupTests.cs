using System.Globalization;
using CoverageMap.Data.Geodata;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

/// <summary>Lookups over HTTP against the committed areas of geodata/ (the five real partnerships).</summary>
public class RealAreasLookupTests
{
    private static CoverageMapFactory Factory() => new(new GeodataFolder(SharedData.RepoPath("geodata")).LoadDataset());

    [Theory]
    // Interior points of each built area; Park Kaskada's path centre for Marymont-Kaskada (the source says the area includes it).
    [InlineData(52.26357, 20.96232, "dla-zatrasia-i-rudawki")]
    [InlineData(52.27330, 20.97116, "marymont-kaskada")]
    [InlineData(52.26605, 20.99648, "zoliborz-oficerski")]
    [InlineData(52.26817, 20.97003, "sady-zoliborskie")]
    [InlineData(52.19373, 21.01410, "moje-wierzbno")]
    public async Task A_point_inside_each_real_area_gets_its_partnership(double lat, double lon, string id)
    {
        using var factory = Factory();
        var json = await (await factory.Client().GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/lookup?lat={lat}&lon={lon}"))).Json();
        Assert.True(json.GetProperty("covered").GetBoolean());
        Assert.Equal([id], json.GetProperty("areas").Ids());
    }

    [Fact]
    public async Task A_point_on_Broniewskiego_between_Zatrasie_and_Sady_belongs_to_both_on_the_boundary()
    {
        using var factory = Factory();
        // A vertex both areas share: they are built from the same line of Broniewskiego (2026-12 skeleton).
        var json = await (await factory.Client().GetAsync("/api/lookup?lat=52.267069&lon=20.962937")).Json();
        Assert.True(json.GetProperty("onBoundary").GetBoolean());
        Assert.Equal(["dla-zatrasia-i-rudawki", "sady-zoliborskie"], json.GetProperty("areas").Ids().Order().ToArray());
    }

    [Fact]
    public async Task Plac_Wilsona_lies_outside_every_area_and_gets_the_nearest_with_a_distance()
    {
        using var factory = Factory();
        var json = await (await factory.Client().GetAsync("/api/lookup?lat=52.2692&lon=20.9845")).Json();
        Assert.False(json.GetProperty("covered").GetBoolean());
        var nearest = json.GetProperty("nearest");
        Assert.Contains(nearest.GetProperty("partnershipId").GetString(), new[] { "marymont-kaskada", "zoliborz-oficerski", "sady-zoliborskie" });
        var metres = nearest.GetProperty("distanceMetres").GetDouble();
        Assert.InRange(metres, 1, 1000);
    }
}
