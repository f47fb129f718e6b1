namespace CoverageMap.Core.Areas;

/// <summary>
/// Where an area's geometry comes from. Serialised into the area's GeoJSON properties. Immutable.
/// </summary>
/// <param name="Method">How it was built, e.g. <c>polygonize-bounding-streets</c>.</param>
/// <param name="Basis"><c>source</c> or <c>msi</c> (see <see cref="Registry.BoundaryDefinition.Basis"/>).</param>
/// <param name="Network">The input street network (file and format).</param>
/// <param name="NetworkDate">The date the network describes, when known (ISO 8601).</param>
/// <param name="NetworkLicence">The network's licence / attribution, when known.</param>
/// <param name="StreetsMatched">For each bounding street, the network names it matched.</param>
/// <param name="Supplements">Bounding streets not named by the source, with the reason.</param>
/// <param name="GapsBridged">Gaps in the ring closed by the builder.</param>
/// <param name="GapToleranceMetres">The largest gap the builder was allowed to bridge.</param>
/// <param name="EstimatedAccuracyMetres">How far the border may lie from the true one, in metres.</param>
/// <param name="Approximate">True when the borders are approximate (shown to users as "granice przybliżone").</param>
/// <param name="BuiltAt">When the area was built (UTC, ISO 8601).</param>
/// <param name="Notes">Anything else a user of the area must know, as a person wrote it (the builder, the editor and the
/// exchange import write <see cref="Findings"/> instead; notes stored before them still read).</param>
public sealed record AreaProvenance(
    string Method,
    string Basis,
    string Network,
    string? NetworkDate,
    string? NetworkLicence,
    IReadOnlyList<StreetMatchRecord> StreetsMatched,
    IReadOnlyList<string> Supplements,
    IReadOnlyList<GapRecord> GapsBridged,
    double GapToleranceMetres,
    double EstimatedAccuracyMetres,
    bool Approximate,
    string BuiltAt,
    IReadOnlyList<string> Notes)
{
    /// <summary>What a user of the area must know about how it was made, as codes and facts (JSON <c>findings</c>; a
    /// provenance without it reads as none): the builder's decisions and warnings and the other
    /// <see cref="ProvenanceFindingCodes"/>.</summary>
    public IReadOnlyList<ProvenanceFinding> Findings { get; init; } = [];
}

/// <summary>A bounding street and the network names it matched.</summary>
public sealed record StreetMatchRecord(string Street, IReadOnlyList<string> Matched, bool InSource);

/// <summary>A gap in a ring between two streets: where (lat/lon of both ends) and how long.</summary>
public sealed record GapRecord(string FromStreet, string ToStreet, double FromLat, double FromLon, double ToLat, double ToLon, double LengthMetres);
