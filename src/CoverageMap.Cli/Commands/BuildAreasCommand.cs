using System.CommandLine;
using System.Globalization;
using CoverageMap.Cli.Localization;
using CoverageMap.Core.Building;
using CoverageMap.Core.Streets;
using CoverageMap.Data.GeoJson;
using CoverageMap.Data.Readers;
using CoverageMap.Data.Registry;
using CoverageMap.Server.Localization;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>build-areas</c>: builds every partnership's area from a street network (GeoJSON, Shapefile, OSM XML/PBF),
/// checks the set, and writes <c>areas.geojson</c> and <c>build-report.md</c>. Nothing is written over the areas
/// when a build or a check fails; the report is written either way.
/// </summary>
internal static class BuildAreasCommand
{
    public static Command Create(CliText t)
    {
        var network = new Option<FileInfo>("--network")
        {
            Description = t["BuildNetworkOption"],
            Required = true,
        };
        var nameField = new Option<string>("--name-field")
        {
            Description = t["BuildNameFieldOption"],
            DefaultValueFactory = _ => "name",
        };
        var geodata = CommonOptions.Geodata(t);
        var gapTolerance = CommonOptions.Metres("--gap-tolerance", t["BuildGapOption"], 0);
        var districts = new Option<FileInfo?>("--districts")
        {
            Description = t["BuildDistrictsOption"],
        };
        var networkDate = new Option<string?>("--network-date")
        {
            Description = t["BuildNetworkDateOption"],
        };
        var networkLicence = new Option<string?>("--network-licence")
        {
            Description = t["BuildNetworkLicenceOption"],
        };
        var bbox = new Option<string?>("--bbox")
        {
            Description = t["BuildBboxOption"],
        };
        var cmd = new Command("build-areas", t["BuildDescription"])
        {
            network, nameField, geodata, gapTolerance, districts, networkDate, networkLicence, bbox,
        };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = parse.GetValue(geodata)!;
            InputFiles.Require(t, Path.Combine(folder.FullName, PartnershipRegistryFile.FileName), parse.GetValue(network)!.FullName);
            var registry = PartnershipRegistryFile.Load(Path.Combine(folder.FullName, PartnershipRegistryFile.FileName));
            var networkFile = parse.GetValue(network)!;
            var read = StreetNetworkReader.Open(networkFile.FullName, StreetNetworkReaderOptions.Default with { NameField = parse.GetValue(nameField)! });
            var streetNetwork = read.Network with
            {
                Licence = parse.GetValue(networkLicence) ?? read.Network.Licence,
            };
            await output.WriteLineAsync(t["BuildLinesRead", t.Count("NamedLines", read.Network.Lines.Count), read.Network.Source]);
            if (parse.GetValue(bbox) is { Length: > 0 } boxText)
            {
                if (!TryParseBox(boxText, out var box)) throw new CliInputException(t["BuildBboxInvalid", boxText]);
                streetNetwork = streetNetwork with { Lines = streetNetwork.Lines.Where(l => l.Geometry.EnvelopeInternal.Intersects(box)).ToList() };
                await output.WriteLineAsync(t["BuildLinesInBox", t.Number(streetNetwork.Lines.Count), boxText]);
            }

            var buildOptions = AreaBuildOptions.Default with { GapToleranceMetres = parse.GetValue(gapTolerance) };
            var outlines = parse.GetValue(districts) is { } d ? NamedPolygons.ReadFile(d.FullName) : null;
            var result0 = AreaSetBuilder.Build(registry, streetNetwork, StreetNameMatcher.Instance, buildOptions, AreaSetCheckOptions.Default, outlines);
            var result = parse.GetValue(networkDate) is { Length: > 0 } date ? result0.WithNetworkDate(date) : result0;

            var command = "coveragemap " + string.Join(' ', parse.Tokens.Select(t => t.Value.Contains(' ', StringComparison.Ordinal) ? $"\"{t.Value}\"" : t.Value));
            var reportPath = Path.Combine(folder.FullName, "build-report.md");
            var reportTemp = reportPath + ".tmp";
            var diagnostics = LocalizationExtensions.Standalone<EditorCatalogue>();   // the editor's words for a build, in the UI culture
            File.WriteAllText(reportTemp, BuildReport.ToMarkdown(t, diagnostics, result, registry, buildOptions, command));
            File.Move(reportTemp, reportPath, overwrite: true);   // a crash mid-write leaves the previous report whole

            var names = registry.Partnerships.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
            string Name(string? id) => id is not null && names.TryGetValue(id, out var n) ? n : id ?? "";
            foreach (var b in result.Builds)
            {
                var line = b.Area is { } a
                    ? t["BuildBuilt", Name(b.PartnershipId), (AreaSetChecks.AreaSquareMetres(a.Geometry) / 10_000).ToString("#,0.0", t.Culture), a.Provenance.EstimatedAccuracyMetres.ToString("0", t.Culture)]
                    : t["BuildFailedOne", Name(b.PartnershipId), string.Join(" ", BuildMessageText.Messages(diagnostics, b, null)
                        .Where(m => m.Severity == FindingSeverity.Error).Select(m => m.Message))];
                await output.WriteLineAsync(line);
            }
            foreach (var f in result.Findings.Where(f => f.Severity == FindingSeverity.Error))
                await output.WriteLineAsync(t["BuildCheck", AreaSetFindingText.Sentence(t, f, Name)]);

            if (!result.Succeeded)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync(t["BuildFailed", reportPath]);
                return 1;
            }
            var areasPath = Path.Combine(folder.FullName, "areas.geojson");
            AreaGeoJson.WriteFile(areasPath, result.Areas, registry.Partnerships.ToDictionary(p => p.Id, p => p.Name));
            await output.WriteLineAsync(t["BuildWrote", areasPath, reportPath]);
            return 0;
        });
        return cmd;
    }

    private static bool TryParseBox(string text, out NetTopologySuite.Geometries.Envelope box)
    {
        box = new NetTopologySuite.Geometries.Envelope();
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 4) return false;
        var v = new double[4];
        for (int i = 0; i < 4; i++)
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out v[i]) || !double.IsFinite(v[i])) return false;
        if (v[0] >= v[2] || v[1] >= v[3] || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) return false;
        box = new NetTopologySuite.Geometries.Envelope(v[0], v[2], v[1], v[3]);
        return true;
    }
}
