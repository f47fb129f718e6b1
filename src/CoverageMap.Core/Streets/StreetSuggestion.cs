namespace CoverageMap.Core.Streets;

/// <summary>A near miss for a name that was not found. Immutable.</summary>
/// <param name="Street">The suggested street.</param>
/// <param name="Distance">Edit distance (optimal string alignment) between the normalised keys; 0 when the core is
/// equal but something else (a contradicting given name) ruled the street out; <see cref="LastWordOnly"/> when the
/// query is only the last word of the street's core (<c>Krajowej</c> for <c>Armii Krajowej</c>).</param>
public sealed record StreetSuggestion(RegisteredStreet Street, int Distance)
{
    /// <summary>The distance given to a street whose last core word equals the query: beyond any fuzzy match.</summary>
    public const int LastWordOnly = 3;
}
