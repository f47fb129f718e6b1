using System.Text.Json;
using CoverageMap.Core.Geometry;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace CoverageMap.Data.GeoJson;

/// <summary>Reads polygons keyed by a name property from a GeoJSON FeatureCollection (e.g. district outlines). Stateless.</summary>
public static class NamedPolygons
{
    /// <summary>
    /// Name → polygonal geometry (SRID 4326) for every Polygon/MultiPolygon feature that has the property; names
    /// compare case-insensitively. Invalid outlines are repaired (these are reference data, not our areas).
    /// </summary>
    public static IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry> ReadFile(string path, string nameProperty = "name")
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory(Geo.Factory) } };
        using var stream = File.OpenRead(path);
        var collection = JsonSerializer.Deserialize<FeatureCollection>(stream, options)
            ?? throw new InvalidDataException($"{path}: not a GeoJSON FeatureCollection.");
        var result = new Dictionary<string, NetTopologySuite.Geometries.Geometry>(StringComparer.OrdinalIgnoreCase);
        foreach (var feature in collection)
        {
            if (feature.Geometry is not (Polygon or MultiPolygon)) continue;
            if (feature.Attributes?.GetOptionalValue(nameProperty) is not { } value || value.ToString() is not { Length: > 0 } name) continue;
            var g = feature.Geometry.IsValid ? feature.Geometry : NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(feature.Geometry);
            g.SRID = Geo.Wgs84;
            result[name] = g;
        }
        if (result.Count == 0) throw new InvalidDataException($"{path}: no polygon feature has a '{nameProperty}' property.");
        return result;
    }
}
