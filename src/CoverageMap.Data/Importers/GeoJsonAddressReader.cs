using System.Text.Json;
using CoverageMap.Core.Geometry;
using CoverageMap.Data.GeoJson;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CoverageMap.Data.Importers;

/// <summary>
/// Reads points that carry an address in their properties from a GeoJSON <c>FeatureCollection</c> (RFC 7946,
/// longitude/latitude), streaming: one feature in memory at a time. Which property holds what is given by
/// <see cref="AddressFields"/>; a string or number property is read as text. A Point gives its position, a Polygon or
/// MultiPolygon (a building) its interior point; other geometries and features without one are returned with a
/// <see cref="TextAddressRecord.Problem"/>. Stateless and thread-safe; each enumeration opens the file.
/// </summary>
public static class GeoJsonAddressReader
{
    private static readonly JsonSerializerOptions GeometryOptions = new() { Converters = { new GeoJsonConverterFactory(Geo.Factory) } };

    /// <summary>Reads the file's features.</summary>
    /// <exception cref="Core.Problems.InputProblemException">The file is not JSON, or not a GeoJSON FeatureCollection.</exception>
    public static IEnumerable<TextAddressRecord> Read(string path, AddressFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        using var stream = File.OpenRead(path);
        int row = 0;
        foreach (var document in GeoJsonFeatureStream.Read(stream, Path.GetFileName(path)))
        {
            using (document)
                yield return ToRecord(++row, document.RootElement, fields);
        }
    }

    private static TextAddressRecord ToRecord(int row, JsonElement feature, AddressFields fields)
    {
        var p = feature.TryGetProperty("properties", out var props) && props.ValueKind == JsonValueKind.Object ? props : default;
        string? Get(string? name) =>
            string.IsNullOrEmpty(name) || p.ValueKind != JsonValueKind.Object || !p.TryGetProperty(name, out var v) ? null
            : v.ValueKind switch
            {
                JsonValueKind.String => TextAddressRecord.Clean(v.GetString()),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            };

        var (lat, lon, problem, facts) = Position(feature);
        return new TextAddressRecord(row, Get(fields.Address), Get(fields.Street), Get(fields.Number), Get(fields.TerytId),
            Get(fields.Postcode), Get(fields.Layer), Get(fields.SourceDate), lat, lon, problem, facts);
    }

    private static (double Lat, double Lon, AddressSkipReason? Problem, string[]? Facts) Position(JsonElement feature)
    {
        if (!feature.TryGetProperty("geometry", out var g) || g.ValueKind != JsonValueKind.Object)
            return (double.NaN, double.NaN, AddressSkipReason.NoGeometry, null);
        Geometry? geometry;
        try
        {
            geometry = g.Deserialize<Geometry>(GeometryOptions);
        }
        catch (JsonException e)
        {
            return (double.NaN, double.NaN, AddressSkipReason.InvalidGeometry, [e.Message]);
        }
        var at = geometry switch
        {
            Point { IsEmpty: false } point => point.Coordinate,
            Polygon or MultiPolygon when !geometry.IsEmpty => geometry.InteriorPoint.Coordinate,
            _ => null,
        };
        return at is null
            ? (double.NaN, double.NaN, AddressSkipReason.NotAPoint, [geometry?.GeometryType ?? "none"])
            : (at.Y, at.X, null, null);
    }
}
