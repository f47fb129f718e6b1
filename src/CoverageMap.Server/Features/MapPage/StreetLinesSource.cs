using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CoverageMap.Server.Features.MapPage;

/// <summary>
/// The street lines the page draws faintly when the basemap cannot load: a GeoJSON FeatureCollection of the
/// configured street network (<c>CoverageMap:StreetNetworkPath</c>; by default <c>shared/geodata/streets-skeleton.geojson</c>
/// beside the repository), reduced to each line's <c>name</c>. Read once, on first use; an absent or unreadable file
/// gives an empty collection. Thread-safe.
/// </summary>
public sealed class StreetLinesSource
{
    /// <summary>Configuration key of the street network's path.</summary>
    public const string PathKey = "CoverageMap:StreetNetworkPath";

    private static readonly System.Text.Json.JsonSerializerOptions WriteOptions = new() { Encoder = Http.ApiJson.Encoder };

    private readonly Lazy<string> json;

    /// <summary>Reads from <paramref name="path"/> (null: nothing to read).</summary>
    public StreetLinesSource(string? path, ILogger<StreetLinesSource> logger) =>
        json = new Lazy<string>(() => Load(path, logger), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The collection as GeoJSON text.</summary>
    public string GeoJson => json.Value;

    /// <summary>The configured path, or the skeleton found by walking up from the content root and the app's folder.</summary>
    public static string? ResolvePath(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration[PathKey];
        if (!string.IsNullOrWhiteSpace(configured))
            return Path.GetFullPath(configured, contentRoot);
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "geodata", "streets-skeleton.geojson");
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    private static string Load(string? path, ILogger logger)
    {
        var result = new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray() };
        if (path is null || !File.Exists(path))
        {
            logger.LogInformation("No street network for the page's plain basemap ({Path}); serving an empty collection", path ?? "not configured");
            return result.ToJsonString(WriteOptions);
        }
        try
        {
            var source = JsonNode.Parse(File.ReadAllText(path));
            var features = (JsonArray)result["features"]!;
            foreach (var feature in source?["features"]?.AsArray() ?? [])
            {
                var geometry = feature?["geometry"];
                var type = geometry?["type"]?.GetValue<string>();
                if (type is not ("LineString" or "MultiLineString")) continue;
                features.Add(new JsonObject
                {
                    ["type"] = "Feature",
                    ["properties"] = new JsonObject { ["name"] = feature?["properties"]?["name"]?.GetValue<string>() },
                    ["geometry"] = geometry!.DeepClone(),
                });
            }
            logger.LogInformation("Street lines for the page: {Count} from {Path}", features.Count, path);
        }
        catch (Exception ex) when (ex is IOException or System.Text.Json.JsonException or InvalidOperationException or InvalidCastException)
        {
            logger.LogWarning(ex, "Street network {Path} unreadable; serving an empty collection", path);
            result["features"] = new JsonArray();
        }
        return result.ToJsonString(WriteOptions);
    }
}
