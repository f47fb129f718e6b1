using System.Text.Json;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
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
    /// <exception cref="InputProblemException">The file is not JSON, not a FeatureCollection, or no polygon has the property.</exception>
    public static IReadOnlyDictionary<string, NetTopologySuite.Geometries.Geometry> ReadFile(string path, string nameProperty = "name")
    {
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory(Geo.Factory) } };
        var file = Path.GetFileName(path);
        JsonDocument document;
        using (var stream = File.OpenRead(path))
        {
            try { document = JsonDocument.Parse(stream); }
            catch (JsonException e) { throw GeoJsonProblems.NotJson(file, e); }
        }
        FeatureCollection? collection;
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "FeatureCollection")
                throw GeoJsonProblems.NotFeatureCollection(file);
            try { collection = root.Deserialize<FeatureCollection>(options); }
            catch (JsonException e) { throw new InputProblemException(InputFault.Of(InputProblem.NotFeatureCollection, file), e); }
        }
        if (collection is null) throw GeoJsonProblems.NotFeatureCollection(file);
        var result = new Dictionary<string, NetTopologySuite.Geometries.Geometry>(StringComparer.OrdinalIgnoreCase);
        foreach (var feature in collection)
        {
            if (feature.Geometry is not (Polygon or MultiPolygon)) continue;
            if (feature.Attributes?.GetOptionalValue(nameProperty) is not { } value || value.ToString() is not { Length: > 0 } name) continue;
            var g = feature.Geometry.IsValid ? feature.Geometry : NetTopologySuite.Geometries.Utilities.GeometryFixer.Fix(feature.Geometry);
            g.SRID = Geo.Wgs84;
            result[name] = g;
        }
        if (result.Count == 0) throw new InputProblemException(InputProblem.NoNamedPolygons, file, nameProperty);
        return result;
    }
}
