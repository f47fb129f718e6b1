namespace CoverageMap.Core.Building;

/// <summary>
/// The codes of <see cref="BuildDiagnostic"/>, each with its facts in order (<see cref="BuildDiagnostic.Facts"/>).
/// Lengths are in metres, areas in hectares unless said otherwise. Stateless.
/// </summary>
public static class BuildDiagnosticCodes
{
    /// <summary>Error: the boundary names no bounding street. No facts.</summary>
    public const string NoStreets = "no-streets";

    /// <summary>Error: a bounding street matches no line. Facts: the street, the network's source.</summary>
    public const string StreetUnmatched = "street-unmatched";

    /// <summary>Error: an extra matches no line. Facts: the extra, the network's source.</summary>
    public const string ExtraUnmatched = "extra-unmatched";

    /// <summary>Error: the ring of streets has a gap it may not bridge. Facts: the street before the gap, the gap's
    /// length, the street after it, the gap tolerance (0: none set).</summary>
    public const string RingOpen = "ring-open";

    /// <summary>Info: a gap was bridged with a straight segment. Facts as <see cref="RingOpen"/>.</summary>
    public const string GapBridged = "gap-bridged";

    /// <summary>Error: the streets form too many faces to weigh. Facts: the faces formed, the most that can be weighed.</summary>
    public const string TooManyFaces = "too-many-faces";

    /// <summary>Error: the streets meet but enclose nothing. Facts: the bounding streets (a list).</summary>
    public const string NoArea = "no-area";

    /// <summary>Error: a street runs through the area instead of bounding it. Facts: the street, its length inside.</summary>
    public const string StreetCrossesArea = "street-crosses-area";

    /// <summary>Error: a street is (almost) not on the outline. Facts: the street, its length on the outline, the
    /// length needed.</summary>
    public const string StreetNotOnOutline = "street-not-on-outline";

    /// <summary>Info: the strip between two carriageways was dropped. Facts: the street, the strip's width, its area in m².</summary>
    public const string SliverDropped = "sliver-dropped";

    /// <summary>Info: a face outside the ring was dropped. Facts: its area, the bounding streets on its outline (a list).</summary>
    public const string FacesDropped = "faces-dropped";

    /// <summary>Info: the area is the union of several faces. Facts: how many, each one's area (a list), the bounding
    /// streets that cross the area (a list, maybe empty).</summary>
    public const string FacesKept = "faces-kept";

    /// <summary>Warning: other sets of faces were valid too; the largest was kept. Facts: how many other sets.</summary>
    public const string FaceChoiceAmbiguous = "face-choice-ambiguous";

    /// <summary>Info: an extra (rule <c>inside</c>) lies inside the area. Facts: the extra, the tolerance.</summary>
    public const string ExtraInside = "extra-inside";

    /// <summary>Error: an extra (rule <c>inside</c>) lies partly outside. Facts: the extra, how much lies outside, how
    /// much it has in all, the unit of both (<c>m</c> for lines, <c>m²</c> for polygons), the farthest point's distance
    /// from the outline, the tolerance.</summary>
    public const string ExtraOutside = "extra-outside";

    /// <summary>Info: an extra (rule <c>union</c>) was added. Facts: the extra, the area it added.</summary>
    public const string ExtraAdded = "extra-added";

    /// <summary>Error: an extra has a rule that is neither <c>inside</c> nor <c>union</c>. Facts: the extra, the rule.</summary>
    public const string ExtraRuleUnknown = "extra-rule-unknown";

    /// <summary>Info: rounding left the outline invalid and it was repaired. Facts: the validation error's type
    /// (a <see cref="NetTopologySuite.Operation.Valid.TopologyValidationErrors"/> name).</summary>
    public const string GeometryRepaired = "geometry-repaired";

    /// <summary>Every code, in the order the builder can report them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        NoStreets, StreetUnmatched, ExtraUnmatched, RingOpen, GapBridged, TooManyFaces, NoArea, StreetCrossesArea,
        StreetNotOnOutline, SliverDropped, FacesDropped, FacesKept, FaceChoiceAmbiguous, ExtraInside, ExtraOutside,
        ExtraAdded, ExtraRuleUnknown, GeometryRepaired,
    ];
}
