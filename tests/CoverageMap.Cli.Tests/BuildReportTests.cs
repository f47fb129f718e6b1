using System.Globalization;
using System.Text.Json.Nodes;
using CoverageMap.Cli.Localization;
using CoverageMap.Core.Building;

namespace CoverageMap.Cli.Tests;

/// <summary>
/// What <c>build-areas</c> says about a build, in the language asked for: <c>build-report.md</c> in Polish by default
/// and in English with <c>--lang en</c>, and every check of the area set has its sentence.
/// </summary>
public sealed class BuildReportTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-report-").FullName;

    /// <summary>A 400 m × 300 m block near Marymont (lon, lat of its south-west corner) and the block's size in degrees.</summary>
    private const double West = 20.98, South = 52.27, Width = 0.005871, Height = 0.0027;

    [Fact]
    public async Task The_report_is_in_Polish_by_default()
    {
        var report = await BuildReport();

        Assert.StartsWith("# Raport budowy obszarów\n", report, StringComparison.Ordinal);
        Assert.Contains("- wynik: zbudowano wszystkie obszary i wszystkie kontrole wypadły pomyślnie\n", report, StringComparison.Ordinal);
        Assert.Contains("- tolerancja przerw: 0 m; dokładność przyjęta, gdy sieć jej nie podaje: 25 m\n", report, StringComparison.Ordinal);
        Assert.Matches(@"\| Marymont-Kaskada \| zbudowany \| 1\d,\d \| 25 \| tak \|", report);   // the default accuracy of 25 m is approximate
        Assert.Contains("Granica (według źródła): „rejon w obszarze ulic: Mickiewicza", report, StringComparison.Ordinal);
        Assert.Contains("Dopasowane ulice:\n\n- Alfa → Alfa\n", report, StringComparison.Ordinal);
        Assert.Contains("- uwaga: obszar tworzy 1 z 1 części wyznaczonych przez ulice; pominięto wolne końce ulic: 0.", report, StringComparison.Ordinal);
        Assert.Contains("- informacja `extra-inside` (Park Testowy): „Park Testowy” leży w obszarze (tolerancja 10 m).", report, StringComparison.Ordinal);
        Assert.Contains("## Kontrole\n\n- informacja `district` marymont-kaskada: 100,0 % obszaru partnerstwa „Marymont-Kaskada” leży w jego dzielnicy (wymagane co najmniej 95 %).", report, StringComparison.Ordinal);
        foreach (var english in new[] { "built", "Streets matched", "Diagnostics", "Checks", "lies inside", "face(s)" })
            Assert.DoesNotContain(english, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_report_is_in_English_with_lang_en()
    {
        var report = await BuildReport(["--lang", "en"]);

        Assert.StartsWith("# Area build report\n", report, StringComparison.Ordinal);
        Assert.Contains("- result: all areas built and all checks passed\n", report, StringComparison.Ordinal);
        Assert.Matches(@"\| Marymont-Kaskada \| built \| 1\d\.\d \| 25 \| yes \|", report);
        Assert.Contains("Boundary (from the source): „rejon w obszarze ulic: Mickiewicza", report, StringComparison.Ordinal);
        Assert.Contains("Streets matched:\n\n- Alfa → Alfa\n", report, StringComparison.Ordinal);
        Assert.Contains("- note: 1 of the 1 faces the streets form make the area; dangling street ends ignored: 0.", report, StringComparison.Ordinal);
        Assert.Contains("- info `extra-inside` (Park Testowy): 'Park Testowy' lies inside the area (tolerance 10 m).", report, StringComparison.Ordinal);
        Assert.Contains("## Checks\n\n- info `district` marymont-kaskada: 100.0 % of the area of Marymont-Kaskada lies inside its district (at least 95 % required).", report, StringComparison.Ordinal);
        foreach (var polish in new[] { "zbudowany", "Dopasowane", "Komunikaty", "Kontrole", "leży" })
            Assert.DoesNotContain(polish, report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_build_reports_what_stopped_it_in_the_language_asked_for()
    {
        var pl = await BuildReport(streets: ["Alfa", "Beta", "Gamma", "Omega"], expectedExit: 1);
        Assert.Contains("- wynik: BUDOWA NIEUDANA (szczegóły niżej)", pl, StringComparison.Ordinal);
        Assert.Contains("| Marymont-Kaskada | **nieudany** | | | |", pl, StringComparison.Ordinal);
        Assert.Contains("- błąd `street-unmatched` (Omega): Ulicy „Omega” nie ma w użytej sieci ulic, więc", pl, StringComparison.Ordinal);
        Assert.Contains("Kontrole niczego nie wykazały.", pl, StringComparison.Ordinal);

        var en = await BuildReport(["--lang", "en"], ["Alfa", "Beta", "Gamma", "Omega"], expectedExit: 1);
        Assert.Contains("- result: FAILED (see below)", en, StringComparison.Ordinal);
        Assert.Contains("- error `street-unmatched` (Omega): The street 'Omega' is not in the street network used, so", en, StringComparison.Ordinal);
        Assert.Contains("The checks found nothing.", en, StringComparison.Ordinal);
    }

    /// <summary>Builds Marymont-Kaskada (its boundary's streets replaced by <paramref name="streets"/>, Park Testowy
    /// inside) from an inline block of four streets, checks it against an inline district, and returns the report.</summary>
    private async Task<string> BuildReport(string[]? args = null, string[]? streets = null, int expectedExit = 0)
    {
        var geodata = Path.Combine(_dir, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(geodata);
        var registry = JsonNode.Parse(File.ReadAllText(SharedData.RepoPath("geodata", "partnerships.json")))!;
        var partnership = registry["partnerships"]!.AsArray().Single(p => (string?)p!["id"] == "marymont-kaskada")!.DeepClone();
        partnership["boundary"]!["streets"] = new JsonArray([.. (streets ?? ["Alfa", "Beta", "Gamma", "Delta"]).Select(s => new JsonObject { ["name"] = s, ["inSource"] = true })]);
        partnership["boundary"]!["extras"] = new JsonArray(new JsonObject { ["name"] = "Park Testowy", ["kind"] = "park", ["rule"] = "inside" });
        partnership["boundary"]!["note"] = null;
        registry["partnerships"] = new JsonArray(partnership);
        File.WriteAllText(Path.Combine(geodata, "partnerships.json"), registry.ToJsonString());

        var network = Path.Combine(_dir, "siec.geojson");
        File.WriteAllText(network, FeatureCollection(
            Line("Alfa", (0, 0), (1, 0)), Line("Beta", (1, 0), (1, 1)), Line("Gamma", (1, 1), (0, 1)), Line("Delta", (0, 1), (0, 0)),
            Line("Park Testowy", (0.4, 0.4), (0.6, 0.6))));
        var districts = Path.Combine(_dir, "dzielnice.geojson");
        File.WriteAllText(districts, FeatureCollection(
            """{"type":"Feature","properties":{"name":"Żoliborz"},"geometry":{"type":"Polygon","coordinates":[["""
            + string.Join(",", At(-1, -1), At(2, -1), At(2, 2), At(-1, 2), At(-1, -1)) + "]]}}"));

        var (exit, _, _) = await CliRun.Run(["build-areas", "--network", network, "--districts", districts, "--geodata", geodata, .. args ?? []]);
        Assert.Equal(expectedExit, exit);
        return await File.ReadAllTextAsync(Path.Combine(geodata, "build-report.md"));

        static string FeatureCollection(params string[] features) => $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";
        static string Line(string name, (double X, double Y) from, (double X, double Y) to) =>
            $$"""{"type":"Feature","properties":{"name":"{{name}}"},"geometry":{"type":"LineString","coordinates":["""
            + At(from.X, from.Y) + "," + At(to.X, to.Y) + "]}}";
        static string At(double x, double y) => string.Create(CultureInfo.InvariantCulture, $"[{West + x * Width:0.0000000},{South + y * Height:0.0000000}]");
    }

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
            var finding = new AreaSetFinding(FindingSeverity.Error, code.Split('-')[0], code, "a-id", code.StartsWith("overlap", StringComparison.Ordinal) ? "b-id" : null, null, FindingSamples[code]);
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

        Assert.Equal("97,5 % obszaru partnerstwa „Partnerstwo A” leży w jego dzielnicy (wymagane co najmniej 95 %).",
            AreaSetFindingText.Sentence(CliText.Polish, Finding(AreaSetFindingCodes.District), Name));
        Assert.Equal("97.5 % of the area of Partnerstwo A lies inside its district (at least 95 % required).",
            AreaSetFindingText.Sentence(CliText.English, Finding(AreaSetFindingCodes.District), Name));
        Assert.Contains("15\u00A0000 m²", AreaSetFindingText.Sentence(CliText.Polish, Finding(AreaSetFindingCodes.Overlap), Name), StringComparison.Ordinal);
        Assert.Contains("15,000 m²", AreaSetFindingText.Sentence(CliText.English, Finding(AreaSetFindingCodes.Overlap), Name), StringComparison.Ordinal);

        static AreaSetFinding Finding(string code) =>
            new(FindingSeverity.Info, code, code, "a-id", "b-id", null, FindingSamples[code]);
    }

    private static string Name(string? id) => id switch
    {
        "a-id" => "Partnerstwo A",
        "b-id" => "Partnerstwo B",
        _ => "",
    };

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
