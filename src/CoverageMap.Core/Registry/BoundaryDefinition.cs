namespace CoverageMap.Core.Registry;

/// <summary>
/// How an area is delimited: bounding streets in the source's order, extras, and where the definition comes from.
/// Immutable.
/// </summary>
/// <param name="Basis"><c>source</c> when the partnership's own document names the streets; <c>msi</c> when the
/// document names none and the city's MSI neighbourhood definition is used instead.</param>
/// <param name="SourceText">The sentence of the source (or of the MSI definition) that delimits the area, verbatim.</param>
/// <param name="Streets">Bounding streets: first those of the source in its order, then any supplements.</param>
/// <param name="Extras">Named features (a park) that the source mentions as part of the area.</param>
/// <param name="Note">Anything a reader of the area must know about the definition.</param>
public sealed record BoundaryDefinition(
    string Basis,
    string SourceText,
    IReadOnlyList<BoundingStreet> Streets,
    IReadOnlyList<BoundaryExtra> Extras,
    string? Note);

/// <summary>A bounding street.</summary>
/// <param name="Name">The name as the source writes it (<c>Gen. Zajączka</c>, <c>Trasy AK</c>, <c>Potockiej</c>).</param>
/// <param name="InSource">False for a supplement: a street the source does not name but which the ring needs.</param>
/// <param name="Why">Why a supplement is needed (required when <see cref="InSource"/> is false).</param>
public sealed record BoundingStreet(string Name, bool InSource = true, string? Why = null);

/// <summary>A named feature that belongs to the area.</summary>
/// <param name="Name">The feature's name, e.g. <c>Park Kaskada</c>.</param>
/// <param name="Kind">What it is, e.g. <c>park</c>.</param>
/// <param name="Rule"><c>inside</c>: the built area must contain it (checked); <c>union</c>: it is added to the area.</param>
public sealed record BoundaryExtra(string Name, string Kind, string Rule);
