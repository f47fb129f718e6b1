using System.Text.Json;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CoverageMap.Data.GeoJson;
using NetTopologySuite.IO.Converters;

namespace CoverageMap.Data.Exchange;

/// <summary>
/// The GeoJSON exchange file: an RFC 7946 FeatureCollection, one feature per partnership (<c>id</c> = partnership id,
/// geometry null for one without an area), properties <c>partnershipId</c>, <c>name</c>, <c>partnership</c> (the whole
/// record) and <c>provenance</c> (objects, not strings). Coordinates at full precision, unlike
/// <see cref="GeoJson.AreaGeoJson"/>'s 7 decimals. Thread-safe.
/// </summary>
public sealed class GeoJsonExchange : IExchangeCodec
{
    public static GeoJsonExchange Instance { get; } = new();

    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory(Geo.Factory) } };

    public void Write(IReadOnlyList<ExchangeRecord> records, string path)
    {
        using var stream = File.Create(path);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var r in records)
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", r.PartnershipId);
            w.WritePropertyName("geometry");
            if (r.Geometry is null) w.WriteNullValue();
            else JsonSerializer.Serialize(w, r.Geometry, GeometryOptions);
            w.WriteStartObject("properties");
            w.WriteString("partnershipId", r.PartnershipId);
            w.WriteString("name", r.Name);
            w.WritePropertyName("partnership");
            if (r.PartnershipJson is null) w.WriteNullValue(); else w.WriteRawValue(r.PartnershipJson);
            w.WritePropertyName("provenance");
            if (r.ProvenanceJson is null) w.WriteNullValue(); else w.WriteRawValue(r.ProvenanceJson);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public IReadOnlyList<ExchangeRecord> Read(string path)
    {
        var file = Path.GetFileName(path);
        using var doc = Parse(path, file);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
            throw GeoJsonProblems.NotFeatureCollection(file);
        var records = new List<ExchangeRecord>();
        foreach (var f in features.EnumerateArray())
        {
            var props = f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
            var id = Text(props, "partnershipId") ?? (f.TryGetProperty("id", out var fid) && fid.ValueKind == JsonValueKind.String ? fid.GetString() : null) ?? "";
            var name = Text(props, "name") ?? "";
            var geometry = f.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object ? GeometryOf(g, file, name.Length > 0 ? name : id) : null;
            records.Add(new ExchangeRecord(id, name, geometry, Json(props, "partnership"), Json(props, "provenance")));
        }
        return records;
    }

    private static JsonDocument Parse(string path, string file)
    {
        try { return JsonDocument.Parse(File.ReadAllBytes(path)); }
        catch (JsonException e) { throw GeoJsonProblems.NotJson(file, e); }
    }

    private static NetTopologySuite.Geometries.Geometry? GeometryOf(JsonElement g, string file, string partnership)
    {
        try { return g.Deserialize<NetTopologySuite.Geometries.Geometry>(GeometryOptions); }
        catch (JsonException e) { throw new InputProblemException(InputFault.Of(InputProblem.AreaGeometryNotGeoJson, file, partnership), e); }
    }

    private static string? Text(JsonElement props, string name) =>
        props.ValueKind == JsonValueKind.Object && props.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>An object property as compact JSON (a string holding JSON is taken as that JSON).</summary>
    private static string? Json(JsonElement props, string name)
    {
        if (props.ValueKind != JsonValueKind.Object || !props.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.Object => v.GetRawText(),
            JsonValueKind.String => v.GetString(),
            _ => null,
        };
    }
}
