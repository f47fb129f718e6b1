using CoverageMap.Core.Registry;

namespace CoverageMap.Core.Descriptions;

/// <summary>
/// What <see cref="BoundaryDescriptionParser"/> read in a description: the clause that delimits the area, the
/// bounding streets in the description's order with their matches, and the extras. Immutable.
/// </summary>
/// <param name="SourceText">The delimiting clause, verbatim (<c>rejon w obszarze ulic: Mickiewicza, …, w tym Park
/// Kaskada</c>): what the registry keeps as <see cref="BoundaryDefinition.SourceText"/>.</param>
/// <param name="Streets">The bounding streets in order.</param>
/// <param name="Extras">Features the area includes.</param>
public sealed record BoundaryDescription(string SourceText, IReadOnlyList<DescribedStreet> Streets, IReadOnlyList<DescribedExtra> Extras)
{
    /// <summary>True when every street names exactly one register street.</summary>
    public bool AllResolved => Streets.All(s => s.Street is not null);

    /// <summary>The boundary definition the registry holds: the streets as written, in order, and the extras (rule
    /// <c>inside</c>: the built area must contain them).</summary>
    /// <param name="basis"><c>source</c> (the partnership's own words) or <c>msi</c>.</param>
    /// <param name="note">A note for readers of the definition.</param>
    public BoundaryDefinition ToBoundaryDefinition(string basis = "source", string? note = null) => new(
        basis,
        SourceText,
        [.. Streets.Select(s => new BoundingStreet(SingleSpaced(s.Written)))],
        [.. Extras.Select(e => new BoundaryExtra(SingleSpaced(e.Written), e.Kind, "inside"))],
        note);

    /// <summary>Runs of white space (a no-break space too, which pages copy with their text) as one space, trimmed.</summary>
    public static string SingleSpaced(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
