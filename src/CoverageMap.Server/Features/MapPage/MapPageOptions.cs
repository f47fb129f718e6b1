namespace CoverageMap.Server.Features.MapPage;

/// <summary>
/// Configuration of the map page, section <c>CoverageMap:Map</c>, plus the street network it draws when the basemap
/// cannot load (<c>CoverageMap:StreetNetworkPath</c>). Bound once at start-up.
/// </summary>
public sealed class MapPageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CoverageMap:Map";

    /// <summary>Leaflet tile URL template of the basemap; <c>{s}</c>, <c>{z}</c>, <c>{x}</c>, <c>{y}</c>, <c>{r}</c> are Leaflet's.</summary>
    public string TileUrl { get; set; } = "https://tile.openstreetmap.org/{z}/{x}/{y}.png";

    /// <summary>The basemap's attribution as plain text (the page renders it as text, never as HTML).</summary>
    public string TileAttribution { get; set; } = "© OpenStreetMap contributors";

    /// <summary>Where the attribution links to.</summary>
    public string TileAttributionUrl { get; set; } = "https://www.openstreetmap.org/copyright";

    /// <summary>The basemap's highest zoom level.</summary>
    public int TileMaxZoom { get; set; } = 19;

    /// <summary>Who may frame <c>/embed</c> (CSP <c>frame-ancestors</c>); <c>*</c> lets any site embed the map. <c>/</c> is framed by this site only.</summary>
    public string FrameAncestors { get; set; } = "*";
}
