using System.Net;
using System.Text.Json;
using CoverageMap.Core.Geometry;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

public class LookupTests
{
    [Theory]
    [InlineData("21.005", "p-1", "Partnerstwo P 1")]
    [InlineData("21.015", "p-2", "Partnerstwo P 2")]
    [InlineData("21.025", "p-3", "Partnerstwo P 3")]
    public async Task A_point_inside_an_area_gets_that_area(string lon, string id, string name)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create(version: 4));
        var response = await factory.Client().GetAsync($"/api/lookup?lat=52.205&lon={lon}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Json();
        Assert.True(json.GetProperty("covered").GetBoolean());
        Assert.False(json.GetProperty("onBoundary").GetBoolean());
        var area = Assert.Single(json.GetProperty("areas").EnumerateArray());
        Assert.Equal(id, area.GetProperty("partnershipId").GetString());
        Assert.Equal(name, area.GetProperty("name").GetString());
        Assert.Equal("inside", area.GetProperty("relation").GetString());
        Assert.Equal("resolved", json.GetProperty("status").GetString());
        Assert.Equal("point", json.GetProperty("basis").GetString());
        Assert.Equal("high", json.GetProperty("certainty").GetProperty("level").GetString()); // hundreds of metres from every border
        Assert.Equal(JsonValueKind.Null, json.GetProperty("nearest").ValueKind);
        Assert.Equal(52.205, json.GetProperty("point").GetProperty("lat").GetDouble());
        Assert.Equal(4, json.GetProperty("datasetVersion").GetInt64());
    }

    [Fact]
    public async Task Boundary_rule_a_point_on_a_shared_border_returns_both_areas_on_boundary()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var json = await (await factory.Client().GetAsync("/api/lookup?lat=52.205&lon=21.02")).Json();
        Assert.True(json.GetProperty("covered").GetBoolean());
        Assert.True(json.GetProperty("onBoundary").GetBoolean());
        Assert.Equal(["p-2", "p-3"], json.GetProperty("areas").Ids());
        Assert.All(json.GetProperty("areas").EnumerateArray(), a => Assert.Equal("onBorder", a.GetProperty("relation").GetString()));
        Assert.Equal("multiple", json.GetProperty("status").GetString());
        Assert.Equal("low", json.GetProperty("certainty").GetProperty("level").GetString());
    }

    [Fact]
    public async Task A_point_outside_every_area_gets_the_nearest_area_and_the_distance()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        // 0.002° of latitude north of the squares' north edge (52.21): 0.002 · π/180 · R ≈ 222.4 m.
        var json = await (await factory.Client().GetAsync("/api/lookup?lat=52.212&lon=21.005")).Json();
        Assert.False(json.GetProperty("covered").GetBoolean());
        Assert.Empty(json.GetProperty("areas").EnumerateArray());
        var nearest = json.GetProperty("nearest");
        Assert.Equal("p-1", nearest.GetProperty("partnershipId").GetString());
        Assert.Equal("Partnerstwo P 1", nearest.GetProperty("name").GetString());
        double expected = 0.002 * Math.PI / 180 * Geo.EarthRadiusMetres;
        Assert.InRange(nearest.GetProperty("distanceMetres").GetDouble(), expected - 3, expected + 3);
    }

    // References: echo "21.005 52.205" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:2180  → 636966.656354037 483997.519483319
    //             echo "21.005 52.205" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:2178  → 7500341.79298371 5785708.23426906
    // (GDAL 3.6.2, traditional GIS order: easting first.)
    [Theory]
    [InlineData("636966.656354037", "483997.519483319", "2180")]
    [InlineData("7500341.79298371", "5785708.23426906", "2178")]
    [InlineData("21.005", "52.205", "4326")]
    [InlineData("636966,656354037", "483997,519483319", "EPSG:2180")]
    public async Task Grid_coordinates_convert_within_a_metre_and_are_looked_up(string x, string y, string srid)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var response = await factory.Client().GetAsync($"/api/lookup?x={x}&y={y}&srid={srid}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Json();
        var point = json.GetProperty("point");
        double metres = Geo.DistanceMetres(new(21.005, 52.205), new(point.GetProperty("lon").GetDouble(), point.GetProperty("lat").GetDouble()));
        Assert.InRange(metres, 0, 1);
        Assert.Equal(["p-1"], json.GetProperty("areas").Ids());
    }

    [Fact]
    public async Task A_decimal_comma_is_accepted()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var json = await (await factory.Client().GetAsync("/api/lookup?lat=52,205&lon=21,015")).Json();
        Assert.Equal(["p-2"], json.GetProperty("areas").Ids());
    }

    [Theory]
    [InlineData("pl", "wyglądają na zamienione", "Nieprawidłowe dane wejściowe")]
    [InlineData("en", "look swapped", "Invalid input")]
    public async Task Swapped_latitude_and_longitude_are_rejected_with_a_message_that_says_so(string lang, string says, string title)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var response = await factory.Client(lang).GetAsync("/api/lookup?lat=21.005&lon=52.205");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var problem = await response.Json();
        Assert.Equal(title, problem.GetProperty("title").GetString());
        Assert.Contains(says, problem.GetProperty("detail").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains(says, errors.GetProperty("lat")[0].GetString());
        Assert.Contains(says, errors.GetProperty("lon")[0].GetString());
    }

    [Theory]
    [InlineData("lat=NaN&lon=21", "lat", "nie jest skończoną liczbą", "is not a finite number")]
    [InlineData("lat=Infinity&lon=21", "lat", "nie jest skończoną liczbą", "is not a finite number")]
    [InlineData("lat=52.2&lon=1e309", "lon", "nie jest skończoną liczbą", "is not a finite number")]
    [InlineData("lat=&lon=21", "lat", "Brak wartości pola „lat”", "The field 'lat' is missing")]
    [InlineData("lon=21", "lat", "Brak wartości pola „lat”", "The field 'lat' is missing")]
    [InlineData("lat=abc&lon=21", "lat", "nie jest liczbą", "is not a number")]
    [InlineData("lat=52.2&lon=2l.0", "lon", "nie jest liczbą", "is not a number")]
    [InlineData("lat=1,234.5&lon=21", "lat", "nie jest liczbą", "is not a number")]
    [InlineData("lat=95&lon=21", "lat", "spoza zakresu", "outside the range")]
    [InlineData("lat=52&lon=-181", "lon", "spoza zakresu", "outside the range")]
    [InlineData("x=1&y=2&srid=3857", "srid", "obsługiwane układy to 4326", "supported systems are 4326")]
    [InlineData("x=636966&y=483997", "srid", "Brak wartości pola „srid”", "The field 'srid' is missing")]
    [InlineData("x=5785708&y=7500341&srid=2178", "x", "x i y wyglądają na zamienione", "x/y look swapped")]
    [InlineData("x=50&y=50&srid=2180", "x", "spoza obszaru układu", "outside the coordinate system's area")]
    [InlineData("lat=52.2&lon=21&x=1&y=2&srid=2180", "x", "nie oba naraz", "not both")]
    public async Task Invalid_input_is_a_problem_naming_the_field_in_polish_and_english(string query, string field, string pl, string en)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        foreach (var (lang, expected) in new[] { ((string?)null, pl), ("pl-PL", pl), ("en-GB,en;q=0.9,pl;q=0.5", en) })
        {
            var response = await factory.Client(lang).GetAsync("/api/lookup?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.MediaType());
            var problem = await response.Json();
            Assert.Equal(400, problem.GetProperty("status").GetInt32());
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"errors should name '{field}' for {query}");
            Assert.Contains(expected, messages[0].GetString());
            Assert.Contains(expected, problem.GetProperty("detail").GetString());
        }
    }

    [Fact]
    public async Task An_empty_dataset_answers_not_covered_without_a_nearest_area()
    {
        using var factory = new CoverageMapFactory(new CoverageMap.Core.Areas.Dataset(0, "empty", [], []));
        var json = await (await factory.Client().GetAsync("/api/lookup?lat=52.2&lon=21")).Json();
        Assert.False(json.GetProperty("covered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("nearest").ValueKind);
    }
}
