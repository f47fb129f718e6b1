using System.Text.Json.Nodes;
using CoverageMap.Cli;

namespace CoverageMap.Cli.Tests;

public sealed class BuildAreasCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-cli-").FullName;

    private const string SharedPrefix = "../shared/";

    /// <summary>
    /// The command recorded in the committed build report, with its paths made absolute and --geodata pointed at a
    /// copy. The network is the committed <c>geodata/</c> copy; the district outlines (check only, never shipped) are
    /// read from ../shared, so this needs ../shared (or <c>COVERAGEMAP_SHARED</c>).
    /// </summary>
    private string[] DocumentedCommand(string geodata)
    {
        var report = File.ReadAllLines(SharedData.RepoPath("geodata", "build-report.md"));
        var line = report.Single(l => l.StartsWith("- polecenie: `", StringComparison.Ordinal));
        var text = line["- polecenie: `".Length..^1];
        Assert.StartsWith("coveragemap build-areas ", text);
        var args = Tokenize(text["coveragemap ".Length..]).ToList();
        for (int i = 0; i < args.Count - 1; i++)
            if (args[i] is "--network" or "--districts") args[i + 1] = Resolve(args[i + 1]);
        Assert.DoesNotContain("--geodata", args);
        return [.. args, "--geodata", geodata];

        static string Resolve(string path) => path.StartsWith(SharedPrefix, StringComparison.Ordinal)
            ? SharedData.Path(path[SharedPrefix.Length..].Split('/'))
            : Path.GetFullPath(Path.Combine(SharedData.RepoRoot, path));
    }

    [Fact]
    public void The_documented_command_builds_from_the_committed_network_and_reads_shared_only_for_the_district_check()
    {
        var args = DocumentedCommand(_dir);
        var network = ValueOf("--network");
        Assert.Equal(Path.GetFullPath(SharedData.RepoPath("geodata", "streets-skeleton-2026-12.geojson")), network);
        Assert.True(File.Exists(network));
        var sharedPaths = args.Where(a => a.StartsWith(SharedData.Root, StringComparison.Ordinal)).ToList();
        Assert.Equal([ValueOf("--districts")], sharedPaths);
        Assert.Equal("2026-12", ValueOf("--network-date"));
        var licence = ValueOf("--network-licence");
        foreach (var source in new[] { "ZDM Warszawa", "CC0 1.0", "Urząd m.st. Warszawy", "RSPO", "parking meters", "© OpenStreetMap contributors", "ODbL" })
            Assert.Contains(source, licence);

        string ValueOf(string option) => args[Array.IndexOf(args, option) + 1];
    }

    private string CopyOfRegistry()
    {
        var geodata = Path.Combine(_dir, "geodata");
        Directory.CreateDirectory(geodata);
        File.Copy(SharedData.RepoPath("geodata", "partnerships.json"), Path.Combine(geodata, "partnerships.json"));
        return geodata;
    }

    [Fact]
    public async Task The_documented_command_rebuilds_the_committed_areas_identically_apart_from_the_build_time()
    {
        var geodata = CopyOfRegistry();
        var exit = (await CliRun.Run(DocumentedCommand(geodata))).Exit;
        Assert.Equal(0, exit);

        var rebuilt = WithoutBuildTime(File.ReadAllText(Path.Combine(geodata, "areas.geojson")));
        var committed = WithoutBuildTime(File.ReadAllText(SharedData.RepoPath("geodata", "areas.geojson")));
        Assert.Equal(committed, rebuilt);

        // The committed report is the one that command writes: same figures, streets, notes and checks.
        var rebuiltReport = ReportWithoutCommandAndBuildTime(Path.Combine(geodata, "build-report.md"));
        var committedReport = ReportWithoutCommandAndBuildTime(SharedData.RepoPath("geodata", "build-report.md"));
        Assert.Equal(committedReport, rebuiltReport);
        Assert.Contains("| Żoliborz Oficerski | zbudowany | 93,1 | 80 | tak |", rebuiltReport);
    }

    private static string ReportWithoutCommandAndBuildTime(string path) => string.Join('\n', File.ReadAllLines(path)
        .Where(l => !l.StartsWith("- polecenie: ", StringComparison.Ordinal) && !l.StartsWith("- zbudowano: ", StringComparison.Ordinal)));

    [Fact]
    public async Task A_failing_build_leaves_the_areas_file_alone_and_reports_the_street()
    {
        var geodata = CopyOfRegistry();
        var areas = Path.Combine(geodata, "areas.geojson");
        await File.WriteAllTextAsync(areas, "previous content");
        var registry = Path.Combine(geodata, "partnerships.json");
        await File.WriteAllTextAsync(registry, (await File.ReadAllTextAsync(registry)).Replace("\"Potockiej\"", "\"Nieistniejącej\"", StringComparison.Ordinal));

        var exit = (await CliRun.Run(DocumentedCommand(geodata))).Exit;

        Assert.Equal(1, exit);
        Assert.Equal("previous content", await File.ReadAllTextAsync(areas));
        var report = await File.ReadAllTextAsync(Path.Combine(geodata, "build-report.md"));
        Assert.Contains("BUDOWA NIEUDANA", report);
        Assert.Contains("Nieistniejącej", report);
    }

    [Fact]
    public async Task The_bbox_keeps_only_lines_that_reach_into_it_and_a_malformed_one_is_refused()
    {
        var geodata = CopyOfRegistry();
        var network = SharedData.RepoPath("geodata", "streets-skeleton-2026-12.geojson");

        // A box around Mokotów only: the Żoliborz streets are dropped, so their areas cannot build and the report names them.
        var (exit, output, error) = await CliRun.Run("build-areas", "--network", network, "--geodata", geodata, "--bbox", "20.98,52.17,21.05,52.21");
        Assert.Equal(1, exit);
        Assert.Matches(@"  zbudowano   Moje Wierzbno: [\d\u00A0]+,\d ha, ±\d+ m", output);
        Assert.Contains("  NIEUDANE    Marymont-Kaskada: Ulicy „", output);
        Assert.Contains("” nie ma w użytej sieci ulic", output);
        Assert.StartsWith("Budowa nie powiodła się; areas.geojson pozostawiono bez zmian.", error);
        var report = await File.ReadAllTextAsync(Path.Combine(geodata, "build-report.md"));
        Assert.Contains("| Moje Wierzbno | zbudowany |", report);
        Assert.Contains("| Marymont-Kaskada | **nieudany** |", report);
        Assert.False(File.Exists(Path.Combine(geodata, "areas.geojson")));

        var bad = await CliRun.RunGuarded("build-areas", "--network", network, "--geodata", geodata, "--bbox", "21.05,52.17,20.98");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("--bbox „21.05,52.17,20.98”: oczekiwano zachód,południe,wschód,północ", bad.Error);
    }

    private static string WithoutBuildTime(string geojson)
    {
        var root = JsonNode.Parse(geojson)!;
        foreach (var f in root["features"]!.AsArray()) f!["properties"]!["provenance"]!.AsObject().Remove("builtAt");
        return root.ToJsonString();
    }

    private static IEnumerable<string> Tokenize(string commandLine)
    {
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (var c in commandLine)
        {
            if (c == '"') { quoted = !quoted; continue; }
            if (c == ' ' && !quoted)
            {
                if (current.Length > 0) { yield return current.ToString(); current.Clear(); }
                continue;
            }
            current.Append(c);
        }
        if (current.Length > 0) yield return current.ToString();
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
