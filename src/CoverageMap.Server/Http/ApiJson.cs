using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using NetTopologySuite.IO.Converters;

namespace CoverageMap.Server.Http;

/// <summary>The JSON settings of the API's bodies. Thread-safe (the options are frozen on first use).</summary>
internal static class ApiJson
{
    /// <summary>Polish letters are written as they are; HTML-sensitive characters are still escaped.</summary>
    public static JavaScriptEncoder Encoder { get; } = JavaScriptEncoder.Create(UnicodeRanges.All);

    /// <summary>Every enum of the API as a camelCase string (<c>noPartnership</c>, <c>addressPoint</c>, <c>alongBorder</c>): one casing.</summary>
    public static JsonStringEnumConverter Enums { get; } = new(JsonNamingPolicy.CamelCase, allowIntegerValues: false);

    /// <summary>camelCase DTOs; nulls written (stable shapes).</summary>
    public static JsonSerializerOptions Dto { get; } = new(JsonSerializerDefaults.Web) { Encoder = Encoder, Converters = { Enums } };

    /// <summary>camelCase DTOs; null members omitted (batch rows: either a result or an error).</summary>
    public static JsonSerializerOptions Compact { get; } = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Encoder = Encoder, Converters = { Enums } };

    /// <summary>Problem details: camelCase, null members omitted.</summary>
    public static JsonSerializerOptions Problem { get; } = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Encoder = Encoder };

    /// <summary>Maps NTS geometries to RFC 7946 GeoJSON geometry objects (used only to build GeoJSON explicitly).</summary>
    public static JsonSerializerOptions GeoJson { get; } = new(JsonSerializerDefaults.Web) { Converters = { new GeoJsonConverterFactory() }, Encoder = Encoder };
}
