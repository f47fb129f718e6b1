using System.Globalization;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Streets;
using OsmSharp;

namespace CoverageMap.Data.Readers;

/// <summary>
/// Reads a street network from an OpenStreetMap XML (<c>.osm</c>) or PBF (<c>.osm.pbf</c>) file: every way with a
/// <c>highway</c> tag and a name tag becomes a line whose <see cref="NamedLine.Kind"/> is the <c>highway</c> value
/// and whose <see cref="NamedLine.SourceId"/> is <c>way/{id}</c>. Nodes missing from the file are left out of their
/// ways (counted as truncated; a way with fewer than two nodes left is skipped). Relations are ignored.
/// The network's date is the latest element timestamp; its licence is ODbL. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Streams the file twice and keeps only the kept ways' node references and the coordinates of those nodes, so a
/// regional extract (Mazowieckie, ~150 MB PBF) reads in bounded memory.
/// </remarks>
public sealed class OsmStreetReader : IStreetNetworkReader
{
    /// <summary>The attribution OpenStreetMap data require.</summary>
    public const string OsmLicence = "© OpenStreetMap contributors, ODbL 1.0";

    /// <inheritdoc/>
    /// <remarks>The format follows the extension: <c>.pbf</c> is PBF, anything else XML.</remarks>
    public StreetNetworkReadResult Read(string path, StreetNetworkReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var format = path.EndsWith(".pbf", StringComparison.OrdinalIgnoreCase) ? StreetNetworkFormat.OsmPbf : StreetNetworkFormat.OsmXml;
        return Read(() => File.OpenRead(path), format, Path.GetFileName(path), options);
    }

    /// <summary>
    /// Reads OSM data from the streams <paramref name="open"/> returns (called twice; each stream is disposed).
    /// </summary>
    /// <param name="open">Opens the data from the start.</param>
    /// <param name="format"><see cref="StreetNetworkFormat.OsmXml"/> or <see cref="StreetNetworkFormat.OsmPbf"/>.</param>
    /// <param name="sourceName">Names the data in the network's <c>Source</c>.</param>
    /// <param name="options">The name tag and the highway values to keep.</param>
    public StreetNetworkReadResult Read(Func<Stream> open, StreetNetworkFormat format, string sourceName, StreetNetworkReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(options);
        if (format is not (StreetNetworkFormat.OsmXml or StreetNetworkFormat.OsmPbf))
            throw new ArgumentOutOfRangeException(nameof(format), format, "Only OSM XML and OSM PBF are read here.");

        // Pass 1: the ways to keep, the nodes they need, the latest timestamp.
        var ways = new List<(long Id, string Name, string Highway, long[] Nodes)>();
        var needed = new HashSet<long>();
        int read = 0, withoutName = 0, notStreet = 0, highways = 0;
        DateTime? latest = null;
        using (var stream = open())
        {
            foreach (var element in Source(stream, format, sourceName))
            {
                if (element.TimeStamp is { } t && (latest is null || t > latest)) latest = t;
                if (element is not Way way) continue;
                read++;
                string? highway = null, name = null;
                way.Tags?.TryGetValue("highway", out highway);
                if (string.IsNullOrWhiteSpace(highway) || (options.Highways is { } wanted && !wanted.Contains(highway)))
                {
                    notStreet++;
                    continue;
                }
                highways++;
                way.Tags!.TryGetValue(options.NameField, out name);
                if (string.IsNullOrWhiteSpace(name)) { withoutName++; continue; }
                var nodes = way.Nodes ?? [];
                ways.Add((way.Id ?? 0, name.Trim(), highway.Trim(), nodes));
                needed.UnionWith(nodes);
            }
        }
        if (highways > 0 && ways.Count == 0)
            throw new InputProblemException(InputProblem.NetworkNoNameTag, sourceName, highways.ToString(CultureInfo.InvariantCulture), options.NameField);

        // Pass 2: the coordinates of the needed nodes (files list nodes first; stop once all are found).
        var coordinates = new Dictionary<long, (double Lon, double Lat)>(needed.Count);
        if (needed.Count > 0)
        {
            using var stream = open();
            foreach (var element in Source(stream, format, sourceName))
            {
                if (element is Node { Id: { } id, Longitude: { } lon, Latitude: { } lat } && needed.Contains(id))
                    coordinates[id] = (lon, lat);
                else if (element is not Node && coordinates.Count == needed.Count)
                    break;
            }
        }

        var lines = new List<NamedLine>(ways.Count);
        int incomplete = 0, truncated = 0;
        foreach (var (id, name, highway, nodes) in ways)
        {
            var present = nodes.Where(coordinates.ContainsKey).Select(n => coordinates[n]).ToList();
            var line = LinearGeometry.TryBuildLine(present, () => (sourceName, "way/" + id.ToString(CultureInfo.InvariantCulture), name));
            if (line is null) { incomplete++; continue; }
            if (present.Count < nodes.Length) truncated++;
            lines.Add(new NamedLine(name, line, highway, null, "way/" + id.ToString(CultureInfo.InvariantCulture)));
        }

        var label = format == StreetNetworkFormat.OsmPbf ? "OSM PBF" : "OSM XML";
        var network = new StreetNetwork(
            lines,
            $"{sourceName} ({label})",
            latest is { } stamp ? DateOnly.FromDateTime(stamp.Kind == DateTimeKind.Local ? stamp.ToUniversalTime() : stamp) : null,
            OsmLicence);
        return new StreetNetworkReadResult(network, format, read, withoutName, 0, notStreet, incomplete, truncated);
    }

    private static IEnumerable<OsmGeo> Source(Stream stream, StreetNetworkFormat format, string sourceName) =>
        OsmElements.Read(stream, format == StreetNetworkFormat.OsmPbf, sourceName);
}
