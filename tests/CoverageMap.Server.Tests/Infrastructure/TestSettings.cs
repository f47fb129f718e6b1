namespace CoverageMap.Server.Tests.Infrastructure;

/// <summary>
/// Settings that keep a test server hermetic: the street register and the street network are given explicitly, as
/// tiny empty fixtures (<see cref="NoStreets"/>) or, for a test that asks for them, the real files of ../shared
/// (<see cref="SharedStreets"/>). Without them the server would look for ../shared by default.
/// </summary>
internal static class TestSettings
{
    private static readonly Lazy<string> EmptyFixtures = new(() =>
    {
        var dir = Directory.CreateTempSubdirectory("coveragemap-empty-streets-").FullName;
        File.WriteAllText(Path.Combine(dir, "streets.txt"), "");
        File.WriteAllText(Path.Combine(dir, "teryt.csv"), "");
        File.WriteAllText(Path.Combine(dir, "network.geojson"), """{"type":"FeatureCollection","features":[]}""");
        return dir;
    });

    /// <summary>An empty street register and an empty street network.</summary>
    public static Dictionary<string, string?> NoStreets() => new()
    {
        ["CoverageMap:StreetRegister:StreetsTxt"] = Path.Combine(EmptyFixtures.Value, "streets.txt"),
        ["CoverageMap:StreetRegister:TerytCsv"] = Path.Combine(EmptyFixtures.Value, "teryt.csv"),
        ["CoverageMap:StreetNetworkPath"] = Path.Combine(EmptyFixtures.Value, "network.geojson"),
    };

    /// <summary>The official street register and the street skeleton of ../shared.</summary>
    public static Dictionary<string, string?> SharedStreets() => new()
    {
        ["CoverageMap:StreetRegister:StreetsTxt"] = SharedData.Path("geodata", "sources", "warsaw-streets", "streets.txt"),
        ["CoverageMap:StreetRegister:TerytCsv"] = SharedData.Path("geodata", "sources", "warsaw-streets", "teryt-short-to-full-names.csv"),
        ["CoverageMap:StreetNetworkPath"] = SharedData.Path("geodata", "streets-skeleton.geojson"),
    };
}
