using System.Text.Encodings.Web;
using System.Text.Json;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CoverageMap.Data.Exchange;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CoverageMap.Data.GeoJson;

/// <summary>
/// Writes areas to, and reads them from, an RFC 7946 GeoJSON <c>FeatureCollection</c>: one feature per area,
/// <c>id</c> = partnership id, properties <c>partnershipId</c>, <c>name</c> and <c>provenance</c> (every field of
/// <see cref="AreaProvenance"/>, camelCase). Thread-safe.
/// </summary>
/// <remarks>
/// Output is deterministic: features sorted by partnership id (ordinal), coordinates rounded to 7 decimals
/// (about 1 cm), exterior rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6), UTF-8 without BOM,
/// two-space indentation, LF line ends, no timestamps of its own. The same areas give a byte-identical file.
/// </remarks>
public static class AreaGeoJson
{
    /// <summary>Decimals kept in coordinates.</summary>
    public const int CoordinateDecimals = 7;

    private static readonly JsonSerializerOptions GeometryOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(Geo.Factory, false, GeoJsonConverterFactory.DefaultIdPropertyName, RingOrientationOption.EnforceRfc9746) },
    };

    private static readonly JsonSerializerOptions ProvenanceOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the areas to <paramref name="path"/> (through a temporary file, replaced at the end).</summary>
    /// <inheritdoc cref="Write(Stream, IReadOnlyList{Area}, IReadOnlyDictionary{string, string})"/>
    public static void WriteFile(string path, IReadOnlyList<Area> areas, IReadOnlyDictionary<string, string> partnershipNames)
    {
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary)) Write(stream, areas, partnershipNames);
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes the areas as a GeoJSON FeatureCollection.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="areas">The areas, at most one per partnership; each geometry a Polygon or MultiPolygon in EPSG:4326.</param>
    /// <param name="partnershipNames">Partnership id → its current name; must name every area's partnership.</param>
    /// <exception cref="ArgumentException">Two areas share a partnership, a partnership has no name, or a geometry is not polygonal.</exception>
    public static void Write(Stream stream, IReadOnlyList<Area> areas, IReadOnlyDictionary<string, string> partnershipNames)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(partnershipNames);
        var duplicate = areas.GroupBy(a => a.PartnershipId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"Two areas for partnership \"{duplicate.Key}\"; a partnership has at most one area.", nameof(areas));

        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("type", "FeatureCollection");
        writer.WriteStartArray("features");
        foreach (var area in areas.OrderBy(a => a.PartnershipId, StringComparer.Ordinal))
        {
            if (!partnershipNames.TryGetValue(area.PartnershipId, out var name))
                throw new ArgumentException($"No name given for partnership \"{area.PartnershipId}\".", nameof(partnershipNames));
            if (area.Geometry is not (Polygon or MultiPolygon))
                throw new ArgumentException($"The area of \"{area.PartnershipId}\" is a {area.Geometry.GeometryType}, not a Polygon or MultiPolygon.", nameof(areas));

            writer.WriteStartObject();
            writer.WriteString("type", "Feature");
            writer.WriteString("id", area.PartnershipId);
            writer.WriteStartObject("properties");
            writer.WriteString("partnershipId", area.PartnershipId);
            writer.WriteString("name", name);
            writer.WritePropertyName("provenance");
            JsonSerializer.Serialize(writer, area.Provenance, ProvenanceOptions);
            writer.WriteEndObject();
            writer.WritePropertyName("geometry");
            JsonSerializer.Serialize(writer, Rounded(area.Geometry), GeometryOptions);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        stream.Write("\n"u8);
    }

    /// <summary>Reads the areas of a file written by <see cref="WriteFile"/>.</summary>
    /// <inheritdoc cref="Read(Stream, string)"/>
    public static IReadOnlyList<Area> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads areas from a GeoJSON FeatureCollection as <see cref="Write"/> writes it, in file order.</summary>
    /// <param name="stream">The GeoJSON.</param>
    /// <param name="sourceName">Names the input in its problems (the file's name).</param>
    /// <exception cref="InputProblemException">
    /// Not JSON, not a FeatureCollection, a feature without <c>partnershipId</c> or <c>provenance</c>, a geometry that is
    /// not a valid Polygon/MultiPolygon, or two features for one partnership. A partnership is named by the feature's
    /// <c>name</c>, else by its id.
    /// </exception>
    public static IReadOnlyList<Area> Read(Stream stream, string sourceName = "areas")
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream);
        }
        catch (JsonException e)
        {
            throw GeoJsonProblems.NotJson(sourceName, e);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String ||
                type.GetString() != "FeatureCollection" || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                throw GeoJsonProblems.NotFeatureCollection(sourceName);

            var areas = new List<Area>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int index = 0;
            foreach (var feature in features.EnumerateArray())
            {
                index++;
                var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                string? Text(string name) => properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                    ? v.GetString()
                    : null;
                var id = Text("partnershipId");
                if (string.IsNullOrWhiteSpace(id))
                    throw new InputProblemException(InputProblem.AreaNoPartnershipId, sourceName, index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                var who = Text("name") is { Length: > 0 } name ? name : id;
                if (!seen.Add(id)) throw new InputProblemException(InputProblem.AreaTwice, sourceName, who);
                if (!properties.TryGetProperty("provenance", out var provenanceElement) || provenanceElement.ValueKind != JsonValueKind.Object)
                    throw new InputProblemException(InputProblem.AreaNoProvenance, sourceName, who);
                AreaProvenance provenance;
                try
                {
                    provenance = provenanceElement.Deserialize<AreaProvenance>(ProvenanceOptions)!;
                }
                catch (JsonException e)
                {
                    throw new InputProblemException(InputFault.Of(InputProblem.AreaProvenanceUnreadable, sourceName, who), e);
                }

                NetTopologySuite.Geometries.Geometry? geometry;
                try
                {
                    geometry = feature.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object
                        ? g.Deserialize<NetTopologySuite.Geometries.Geometry>(GeometryOptions)
                        : null;
                }
                catch (JsonException e)
                {
                    throw new InputProblemException(InputFault.Of(InputProblem.AreaGeometryNotGeoJson, sourceName, who), e);
                }
                if (geometry is null) throw new InputProblemException(InputProblem.AreaNoGeometry, sourceName, who);
                if (geometry is not (Polygon or MultiPolygon)) throw new InputProblemException(InputProblem.AreaNotPolygon, sourceName, who, geometry.GeometryType);
                var validity = new NetTopologySuite.Operation.Valid.IsValidOp(geometry);
                if (!validity.IsValid)
                    throw new InputProblemException(InputProblem.AreaInvalidPolygon, [sourceName, who, .. ExchangeImport.Describe(validity.ValidationError)]);
                areas.Add(new Area(id, geometry, provenance));
            }
            return areas;
        }
    }

    /// <summary>A copy of the geometry, in <see cref="Geo.Factory"/>, with coordinates rounded to <see cref="CoordinateDecimals"/>.</summary>
    private static NetTopologySuite.Geometries.Geometry Rounded(NetTopologySuite.Geometries.Geometry geometry)
    {
        var copy = Geo.Factory.CreateGeometry(geometry);
        copy.Apply(new RoundingFilter());
        copy.GeometryChanged();
        return copy;
    }

    private sealed class RoundingFilter : IEntireCoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq)
        {
            for (int i = 0; i < seq.Count; i++)
            {
                seq.SetX(i, Math.Round(seq.GetX(i), CoordinateDecimals, MidpointRounding.AwayFromZero));
                seq.SetY(i, Math.Round(seq.GetY(i), CoordinateDecimals, MidpointRounding.AwayFromZero));
            }
        }
    }
}
