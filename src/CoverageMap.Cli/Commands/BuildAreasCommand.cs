using System.CommandLine;
using System.Globalization;
using CoverageMap.Core.Building;
using CoverageMap.Core.Streets;
using CoverageMap.Data.GeoJson;
using CoverageMap.Data.Readers;
using CoverageMap.Data.Registry;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>build-areas</c>: builds every partnership's area from a street network (GeoJSON, Shapefile, OSM XML/PBF),
/// checks the set, and writes <c>areas.geojson</c> and <c>build-report.md</c>. Nothing is written over the areas
/// when a build or a check fails; the report is written either way.
/// </summary>
internal static class BuildAreasCommand
{
    public static Command Create()
    {
        var network = new Option<FileInfo>("--network")
        {
            Description = "Street network: .geojson/.json, .shp (with .prj), .osm or .osm.pbf.",
            Required = true,
        };
        var nameField = new Option<string>("--name-field")
        {
            Description = "Property or field holding the street name (GeoJSON property, DBF field, OSM tag).",
            DefaultValueFactory = _ => "name",
        };
        var geodata = CommonOptions.Geodata();
        var gapTolerance = new Option<double>("--gap-tolerance")
        {
            Description = "Largest gap (metres) between consecutive bounding streets that may be bridged; every bridge is recorded.",
            DefaultValueFactory = _ => 0,
        };
        var districts = new Option<FileInfo?>("--districts")
        {
            Description = "GeoJSON of district outlines (property 'name') to check each area lies in its district.",
        };
        var networkDate = new Option<string?>("--network-date")
        {
            Description = "The date the network describes (ISO 8601, e.g. 2023-12), when the file does not say; recorded in provenance.",
        };
        var networkLicence = new Option<string?>("--network-licence")
        {
            Description = "The network's licence / attribution, when the file does not say; recorded in provenance.",
        };
        var bbox = new Option<string?>("--bbox")
        {
            Description = "Keep only lines that reach into this box, west,south,east,north in degrees (e.g. Warsaw: 20.85,52.09,21.28,52.37): "
                + "a regional extract has streets of the same names in other towns.",
        };
        var cmd = new Command("build-areas", "Build the partnership areas from their bounding streets and write geodata/areas.geojson and geodata/build-report.md.")
        {
            network, nameField, geodata, gapTolerance, districts, networkDate, networkLicence, bbox,
        };
        cmd.SetAction(parse =>
        {
            var folder = parse.GetValue(geodata)!;
            var registry = PartnershipRegistryFile.Load(Path.Combine(folder.FullName, PartnershipRegistryFile.FileName));
            var networkFile = parse.GetValue(network)!;
            var read = StreetNetworkReader.Open(networkFile.FullName, StreetNetworkReaderOptions.Default with { NameField = parse.GetValue(nameField)! });
            var streetNetwork = read.Network with
            {
                Licence = parse.GetValue(networkLicence) ?? read.Network.Licence,
            };
            Console.WriteLine($"{read.Network.Lines.Count} named lines read from {read.Network.Source}.");
            if (parse.GetValue(bbox) is { Length: > 0 } boxText)
            {
                if (!TryParseBox(boxText, out var box))
                {
                    Console.Error.WriteLine($"--bbox '{boxText}': expected west,south,east,north in degrees, e.g. 20.85,52.09,21.28,52.37.");
                    return 2;
                }
                streetNetwork = streetNetwork with { Lines = streetNetwork.Lines.Where(l => l.Geometry.EnvelopeInternal.Intersects(box)).ToList() };
                Console.WriteLine($"{streetNetwork.Lines.Count} of them reach into the box {boxText}.");
            }

            var buildOptions = AreaBuildOptions.Default with { GapToleranceMetres = parse.GetValue(gapTolerance) };
            var outlines = parse.GetValue(districts) is { } d ? NamedPolygons.ReadFile(d.FullName) : null;
            var result0 = AreaSetBuilder.Build(registry, streetNetwork, StreetNameMatcher.Instance, buildOptions, AreaSetCheckOptions.Default, outlines);
            var result = parse.GetValue(networkDate) is { Length: > 0 } date ? result0.WithNetworkDate(date) : result0;

            var command = "coveragemap " + string.Join(' ', parse.Tokens.Select(t => t.Value.Contains(' ', StringComparison.Ordinal) ? $"\"{t.Value}\"" : t.Value));
            var reportPath = Path.Combine(folder.FullName, "build-report.md");
            var reportTemp = reportPath + ".tmp";
            File.WriteAllText(reportTemp, BuildReportFormatter.ToMarkdown(result, registry, buildOptions, command));
            File.Move(reportTemp, reportPath, overwrite: true);   // a crash mid-write leaves the previous report whole

            foreach (var b in result.Builds)
            {
                var line = b.Area is { } a
                    ? string.Create(CultureInfo.InvariantCulture, $"  built   {b.PartnershipId}: {AreaSetChecks.AreaSquareMetres(a.Geometry) / 10_000:0.0} ha, ±{a.Provenance.EstimatedAccuracyMetres:0} m")
                    : $"  FAILED  {b.PartnershipId}: {string.Join("; ", b.Errors.Select(e => e.Message))}";
                Console.WriteLine(line);
            }
            foreach (var f in result.Findings.Where(f => f.Severity == FindingSeverity.Error))
                Console.WriteLine($"  check   {f.Check} {f.AreaId}: {f.Message}");

            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"Build failed; areas.geojson left as it was. See {reportPath}.");
                return 1;
            }
            var areasPath = Path.Combine(folder.FullName, "areas.geojson");
            AreaGeoJson.WriteFile(areasPath, result.Areas, registry.Partnerships.ToDictionary(p => p.Id, p => p.Name));
            Console.WriteLine($"Wrote {areasPath} and {reportPath}.");
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
