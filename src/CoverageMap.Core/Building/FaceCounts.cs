namespace CoverageMap.Core.Building;

/// <summary>What the polygonising of a successful build found: the facts of the area's first provenance finding
/// (<see cref="Areas.ProvenanceFindingCodes.FacesFormed"/>). Immutable.</summary>
/// <param name="Kept">The faces the area is made of.</param>
/// <param name="Formed">The faces the bounding streets formed.</param>
/// <param name="DanglingEnds">Ends of streets that run past the last crossing and bound no face (ignored).</param>
public sealed record FaceCounts(int Kept, int Formed, int DanglingEnds);
