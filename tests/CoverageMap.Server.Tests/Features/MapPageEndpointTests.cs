using System.Net;
using CoverageMap.Core.Areas;
using CoverageMap.Server.Features.MapPage;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

/// <summary>The map page's server side: the page at / and /embed with its CSP, /api/config, /api/streets/lines.</summary>
public class MapPageEndpointTests
{
    private static CoverageMapFactory Factory(IReadOnlyDictionary<string, string?>? settings = null) =>
        new(new Dataset(0, "empty", [], []), settings);

    [Theory]
    [InlineData("/")]
    [InlineData("/embed")]
    public async Task The_page_is_served_with_a_csp_that_allows_no_inline_script_and_images_only_from_self_and_the_tile_host(string path)
    {
        using var factory = Factory(new Dictionary<string, string?> { ["CoverageMap:Map:TileUrl"] = "https://{s}.tiles.example.org/{z}/{x}/{y}.png" });
        var response = await factory.Client().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.MediaType());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script type=\"module\" src=\"js/app.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<script(?![^>]*\ssrc=)[^>]*>", html); // no inline script
        var csp = response.Header("Content-Security-Policy")!;
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: https://*.tiles.example.org", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Leaflet_and_the_page_assets_are_built_into_wwwroot_and_served()
    {
        using var factory = Factory();
        var client = factory.Client();
        foreach (var asset in new[] { "lib/leaflet/leaflet.js", "lib/leaflet/leaflet.css", "lib/leaflet/images/layers.png", "js/app.js", "css/app.css", "favicon.svg" })
        {
            var response = await client.GetAsync("/" + asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
            Assert.NotNull(response.Header("Content-Security-Policy"));
        }
        var leaflet = await client.GetStringAsync("/lib/leaflet/leaflet.js");
        Assert.Contains("Leaflet 1.9.", leaflet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Config_defaults_to_openstreetmap_tiles_with_its_attribution()
    {
        using var factory = Factory();
        var json = await (await factory.Client().GetAsync("/api/config")).Json();
        Assert.Equal("https://tile.openstreetmap.org/{z}/{x}/{y}.png", json.GetProperty("tileUrl").GetString());
        Assert.Equal("© OpenStreetMap contributors", json.GetProperty("tileAttribution").GetString());
        Assert.Equal("https://www.openstreetmap.org/copyright", json.GetProperty("tileAttributionUrl").GetString());
        Assert.Equal(19, json.GetProperty("tileMaxZoom").GetInt32());
    }

    [Fact]
    public async Task Config_comes_from_the_coveragemap_map_section()
    {
        using var factory = Factory(new Dictionary<string, string?>
        {
            ["CoverageMap:Map:TileUrl"] = "http://127.0.0.1:9/{z}/{x}/{y}.png",
            ["CoverageMap:Map:TileAttribution"] = "Own tiles",
            ["CoverageMap:Map:TileMaxZoom"] = "17",
        });
        var client = factory.Client();
        var json = await (await client.GetAsync("/api/config")).Json();
        Assert.Equal("http://127.0.0.1:9/{z}/{x}/{y}.png", json.GetProperty("tileUrl").GetString());
        Assert.Equal("Own tiles", json.GetProperty("tileAttribution").GetString());
        Assert.Equal(17, json.GetProperty("tileMaxZoom").GetInt32());
        var csp = (await client.GetAsync("/")).Header("Content-Security-Policy")!;
        Assert.Contains("img-src 'self' data: http://127.0.0.1:9;", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Street_lines_are_the_configured_network_reduced_to_named_lines()
    {
        using var factory = Factory(new Dictionary<string, string?> { ["CoverageMap:StreetNetworkPath"] = SharedData.Path("geodata", "streets-skeleton.geojson") });
        var response = await factory.Client().GetAsync("/api/streets/lines");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/geo+json", response.MediaType());
        var json = await response.Json();
        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        var features = json.GetProperty("features").EnumerateArray().ToList();
        Assert.True(features.Count >= 10, $"{features.Count} lines");
        Assert.Contains(features, f => f.GetProperty("properties").GetProperty("name").GetString() == "Władysława Broniewskiego");
        Assert.All(features, f => Assert.Contains(f.GetProperty("geometry").GetProperty("type").GetString(), new[] { "LineString", "MultiLineString" }));
        Assert.All(features, f => Assert.Equal(["name"], f.GetProperty("properties").EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Street_lines_are_an_empty_collection_when_the_network_file_is_absent()
    {
        using var factory = Factory(new Dictionary<string, string?> { ["CoverageMap:StreetNetworkPath"] = Path.Combine(Path.GetTempPath(), "no-such-network-" + Guid.NewGuid() + ".geojson") });
        var json = await (await factory.Client().GetAsync("/api/streets/lines")).Json();
        Assert.Equal("FeatureCollection", json.GetProperty("type").GetString());
        Assert.Empty(json.GetProperty("features").EnumerateArray());
    }

    [Theory]
    [InlineData("https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org")]
    [InlineData("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org")]
    [InlineData("http://tiles.invalid:8080/{z}/{x}/{y}.png", "http://tiles.invalid:8080")]
    [InlineData("tiles/{z}/{x}/{y}.png", null)]
    public void The_tile_host_of_a_url_template_is_a_csp_source(string template, string? expected) =>
        Assert.Equal(expected, ContentSecurityPolicy.TileSource(template));
}
