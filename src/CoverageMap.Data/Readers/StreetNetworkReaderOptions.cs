using System.Text;

namespace CoverageMap.Data.Readers;

/// <summary>
/// Options of the street-network readers: which attribute holds the street name and the optional ones.
/// Immutable; <see cref="Default"/> suits the project's GeoJSON skeleton and OpenStreetMap files.
/// </summary>
public sealed record StreetNetworkReaderOptions
{
    /// <summary>The defaults: name in <c>name</c>, kind in <c>kind</c>, accuracy in <c>est_accuracy_m</c>.</summary>
    public static StreetNetworkReaderOptions Default { get; } = new();

    /// <summary>
    /// The property (GeoJSON), field (Shapefile DBF, matched ignoring case) or tag (OSM) holding the street name.
    /// A file in which no feature has it is rejected. Default <c>name</c>; the ZDM shapefile uses <c>LOKALIZ</c>.
    /// </summary>
    public string NameField { get; init; } = "name";

    /// <summary>
    /// The property or field holding what the line is (<c>ulica</c>, <c>aleja</c>…); null to ignore. Optional in the
    /// file. Not used for OSM, where the <c>highway</c> tag's value is always the kind. Default <c>kind</c>.
    /// </summary>
    public string? KindField { get; init; } = "kind";

    /// <summary>
    /// The property or field holding the line's estimated positional accuracy in metres; null to ignore.
    /// Optional in the file. Not used for OSM. Default <c>est_accuracy_m</c>.
    /// </summary>
    public string? AccuracyField { get; init; } = "est_accuracy_m";

    /// <summary>
    /// Shapefile only: the DBF text encoding. Null (the default) means: the <c>.cpg</c> file beside the
    /// shapefile, else the DBF header's language driver id.
    /// </summary>
    public Encoding? DbfEncoding { get; init; }

    /// <summary>
    /// Shapefile only: the source CRS as WKT, for a shapefile without a <c>.prj</c>. Ignored when a <c>.prj</c> exists.
    /// </summary>
    public string? SourceCrsWkt { get; init; }

    /// <summary>
    /// OSM only: the <c>highway</c> values to keep (e.g. <c>primary</c>, <c>residential</c>); null (the default) keeps
    /// every way with a <c>highway</c> tag.
    /// </summary>
    public IReadOnlySet<string>? Highways { get; init; }
}
