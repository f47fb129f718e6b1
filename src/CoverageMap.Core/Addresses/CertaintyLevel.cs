namespace CoverageMap.Core.Addresses;

/// <summary>How sure an answer is. Derived from the basis, the placement's uncertainty and the distance to the
/// nearest border with that border's own accuracy (see <see cref="Certainty"/>).</summary>
public enum CertaintyLevel
{
    /// <summary>The location lies farther from every border than its uncertainty plus the border's accuracy.</summary>
    High,

    /// <summary>Farther from the border than the location's uncertainty, but within the border's accuracy, or resting
    /// on indirect evidence (a side of the street, a stretch, a whole street).</summary>
    Medium,

    /// <summary>Close to a border, on it, or resting on thin evidence (one known point, the registry's words).</summary>
    Low,

    /// <summary>No answer.</summary>
    None,
}
