namespace CoverageMap.Server.Tests.Infrastructure;

/// <summary>
/// Settings that keep a test server hermetic: the street register and the street network are given explicitly, as
/// tiny empty fixtures (<see cref="NoStreets"/>) or, for a test that asks for them, the real files the project ships in geodata/
/// (<see cref="BundledStreets"/>).
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

    /// <summary>The official street register and the 2026-12 street skeleton the project ships in geodata/ (no ../shared).</summary>
    public static Dictionary<string, string?> BundledStreets() => new()
    {
        ["CoverageMap:StreetRegister:StreetsTxt"] = Bundled("warsaw-streets", "streets.txt"),
        ["CoverageMap:StreetRegister:TerytCsv"] = Bundled("warsaw-streets", "teryt-short-to-full-names.csv"),
        ["CoverageMap:StreetNetworkPath"] = Bundled("streets-skeleton-2026-12.geojson"),
    };

    private static string Bundled(params string[] parts) =>
        Path.Combine([CoverageMap.Data.Geodata.GeodataFolder.Locate(null, AppContext.BaseDirectory).Path, .. parts]);
}
