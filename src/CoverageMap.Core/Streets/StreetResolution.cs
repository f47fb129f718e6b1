namespace CoverageMap.Core.Streets;

/// <summary>
/// The result of <see cref="StreetRegister.Resolve"/>: unique, ambiguous (all candidates, none chosen) or not found
/// (with near-miss suggestions). Immutable.
/// </summary>
/// <param name="Status">Unique, Ambiguous or NotFound.</param>
/// <param name="Candidates">The streets that fit: one when unique, two or more when ambiguous, none otherwise.</param>
/// <param name="Suggestions">When not found: near misses, best first. Empty otherwise.</param>
/// <param name="Match">How the name matched (<see cref="StreetMatchKind.Ambiguous"/> / <see cref="StreetMatchKind.NotFound"/>
/// for those outcomes).</param>
public sealed record StreetResolution(
    StreetResolutionStatus Status,
    IReadOnlyList<RegisteredStreet> Candidates,
    IReadOnlyList<StreetSuggestion> Suggestions,
    StreetMatchKind Match)
{
    /// <summary>The street when the result is unique, otherwise null.</summary>
    public RegisteredStreet? Street => Status == StreetResolutionStatus.Unique ? Candidates[0] : null;
}
