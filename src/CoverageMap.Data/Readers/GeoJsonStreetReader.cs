using System.Globalization;
using System.Text.Json;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Streets;
using CoverageMap.Data.GeoJson;
using NetTopologySuite.IO.Converters;

namespace CoverageMap.Data.Readers;

/// <summary>
/// Reads a street network from an RFC 7946 GeoJSON <c>FeatureCollection</c> of LineStrings and MultiLineStrings
/// (longitude/latitude, WGS 84). Features without a name or with another geometry are skipped and counted.
/// The top-level members <c>date</c> (ISO 8601) and <c>licence</c>/<c>license</c>, when present, become the
/// network's date and licence. Stateless and thread-safe.
/// </summary>
public sealed class GeoJsonStreetReader : IStreetNetworkReader
{
    private static readonly JsonSerializerOptions GeometryOptions = new()
    {
        Converters = { new GeoJsonConverterFactory(Geo.Factory) },
    };

    /// <inheritdoc/>
    public StreetNetworkReadResult Read(string path, StreetNetworkReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), options);
    }

    /// <summary>Reads a GeoJSON stream; <paramref name="sourceName"/> names it in the network's <c>Source</c>.</summary>
    public StreetNetworkReadResult Read(Stream stream, string sourceName, StreetNetworkReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw GeoJsonProblems.NotJson(sourceName, e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) ||
                type.ValueKind != JsonValueKind.String || type.GetString() != "FeatureCollection" ||
                !root.TryGetProperty("features", out var features) || features.ValueKind != JsonValueKind.Array)
                throw GeoJsonProblems.NotFeatureCollection(sourceName);
            CheckCrs(root, sourceName);

            var lines = new List<NamedLine>();
            int read = 0, withoutName = 0, notLinear = 0, incomplete = 0;
            var propertiesSeen = new SortedSet<string>(StringComparer.Ordinal);
            bool nameSeen = false;
            foreach (var feature in features.EnumerateArray())
            {
                read++;
                int index = read;
                var properties = feature.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object ? p : default;
                if (properties.ValueKind == JsonValueKind.Object)
                    foreach (var property in properties.EnumerateObject()) propertiesSeen.Add(property.Name);

                string? name = GetString(properties, options.NameField)?.Trim();
                nameSeen |= name is not null;
                if (string.IsNullOrEmpty(name)) { withoutName++; continue; }

                NetTopologySuite.Geometries.Geometry? geometry = null;
                if (feature.TryGetProperty("geometry", out var g) && g.ValueKind == JsonValueKind.Object)
                {
                    try
                    {
                        geometry = g.Deserialize<NetTopologySuite.Geometries.Geometry>(GeometryOptions);
                    }
                    catch (JsonException e)
                    {
                        throw new InputProblemException(InputFault.Of(InputProblem.NetworkGeometry, sourceName, index.ToString(CultureInfo.InvariantCulture), name), e);
                    }
                }

                switch (LinearGeometry.TryBuild(geometry, null, () => (sourceName, index.ToString(CultureInfo.InvariantCulture), name), out var line))
                {
                    case LinearGeometry.Outcome.NotLinear: notLinear++; continue;
                    case LinearGeometry.Outcome.Incomplete: incomplete++; continue;
                }

                lines.Add(new NamedLine(
                    name,
                    line!,
                    options.KindField is null ? null : NullIfBlank(GetString(properties, options.KindField)),
                    options.AccuracyField is null ? null : GetNumber(properties, options.AccuracyField),
                    GetId(feature)));
            }

            if (read > 0 && !nameSeen)
                throw propertiesSeen.Count == 0
                    ? new InputProblemException(InputProblem.NetworkNoAttributes, sourceName, options.NameField)
                    : new InputProblemException(InputProblem.NetworkNoNameField, sourceName, options.NameField, string.Join(", ", propertiesSeen));

            var network = new StreetNetwork(
                lines,
                $"{sourceName} (GeoJSON)",
                GetDate(root, sourceName),
                NullIfBlank(GetString(root, "licence") ?? GetString(root, "license")));
            return new StreetNetworkReadResult(network, StreetNetworkFormat.GeoJson, read, withoutName, notLinear, 0, incomplete, 0);
        }
    }

    /// <summary>Rejects a pre-RFC 7946 <c>crs</c> member naming anything but WGS 84 longitude/latitude.</summary>
    private static void CheckCrs(JsonElement root, string sourceName)
    {
        if (!root.TryGetProperty("crs", out var crs) || crs.ValueKind != JsonValueKind.Object) return;
        if (!crs.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object) return;
        var name = GetString(properties, "name");
        if (name is null) return;
        string[] accepted = ["urn:ogc:def:crs:OGC:1.3:CRS84", "urn:ogc:def:crs:OGC::CRS84", "EPSG:4326", "urn:ogc:def:crs:EPSG::4326"];
        if (!accepted.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw new InputProblemException(InputProblem.NetworkCrs, sourceName, name);
    }

    private static DateOnly? GetDate(JsonElement root, string sourceName)
    {
        var text = GetString(root, "date");
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp))
            return DateOnly.FromDateTime(stamp.UtcDateTime);
        throw new InputProblemException(InputProblem.NetworkDate, sourceName, text);
    }

    private static string? GetString(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;

    private static double? GetNumber(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Number) return v.GetDouble();
        if (v.ValueKind == JsonValueKind.String &&
            double.TryParse(v.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        return null;
    }

    private static string? GetId(JsonElement feature) =>
        feature.TryGetProperty("id", out var id)
            ? id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                _ => null,
            }
            : null;

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
