using System.Text.Json;
using CoverageMap.Server.Features.Lookup;
using NetTopologySuite.Features;
using NetTopologySuite.IO.Converters;

namespace CoverageMap.Server.Features.MapPage;

/// <summary>
/// The street lines the page draws faintly when the basemap cannot load: the street network the server loaded at
/// start for street-level answers (<c>CoverageMap:StreetNetworkPath</c>, any format the readers take; see
/// <see cref="AddressLookupData"/>), as a GeoJSON FeatureCollection of each line's <c>name</c>. Written once, on first
/// use; an absent network gives an empty collection. Thread-safe.
/// </summary>
public sealed class StreetLinesSource
{
    /// <summary>Configuration key of the street network's path.</summary>
    public const string PathKey = "CoverageMap:StreetNetworkPath";

    private readonly Lazy<string> json;

    internal StreetLinesSource(AddressResolverProvider addresses) =>
        json = new Lazy<string>(() => Write(addresses.Data), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The collection as GeoJSON text.</summary>
    public string GeoJson => json.Value;

    private static string Write(AddressLookupData data)
    {
        var collection = new FeatureCollection();
        foreach (var line in data.Network.Lines)
            collection.Add(new Feature(line.Geometry, new AttributesTable { { "name", line.Name } }));
        var options = new JsonSerializerOptions { Encoder = Http.ApiJson.Encoder, Converters = { new GeoJsonConverterFactory() } };
        return JsonSerializer.Serialize(collection, options);
    }
}
