namespace CoverageMap.Core.Areas;

/// <summary>
/// The codes of <see cref="ProvenanceFinding"/> that are not a builder's diagnostic, each with its facts in order. The
/// builder's decisions and warnings keep their <see cref="Building.BuildDiagnosticCodes"/> code and facts. Stateless.
/// </summary>
public static class ProvenanceFindingCodes
{
    /// <summary>The faces the bounding streets formed and those the area is made of. Facts: the faces kept, the faces
    /// formed, the dangling street ends ignored (see <see cref="Building.FaceCounts"/>).</summary>
    public const string FacesFormed = "faces-formed";

    /// <summary>The area was imported from an exchange file that gave no provenance. Facts: the file.</summary>
    public const string ImportedWithoutProvenance = "imported-without-provenance";

    /// <summary>Every code of this list.</summary>
    public static IReadOnlyList<string> All { get; } = [FacesFormed, ImportedWithoutProvenance];
}
