namespace CoverageMap.Core.Streets;

/// <summary>
/// A street name reduced to what identifies the street. Immutable.
/// </summary>
/// <param name="Key">The canonical core: folded surname / name tokens joined by one space, e.g. <c>zajaczka</c>,
/// <c>armii krajowej</c>, <c>wybrzeze gdynskie</c>. Empty when the input names nothing.</param>
/// <param name="Type">The canonical folded street type the name carried (<c>ulica</c>, <c>aleja</c>, <c>plac</c>,
/// <c>rondo</c>, …), or null when it carried none.</param>
/// <param name="Titles">Ranks and titles that were stripped, folded (<c>gen</c>, <c>generala</c>).</param>
/// <param name="GivenNames">Leading given names and initials that were stripped, folded, in order (<c>jozefa</c>, <c>j</c>).</param>
/// <param name="Variants">Alternative keys from the declension rules (e.g. <c>potocka</c> for <c>potockiej</c>);
/// tried only when <see cref="Key"/> itself is unknown. Never contains <see cref="Key"/>.</param>
public sealed record NormalizedStreetName(
    string Key,
    string? Type,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> GivenNames,
    IReadOnlyList<string> Variants)
{
    /// <summary>The key and then its variants, in the order they should be tried.</summary>
    public IEnumerable<string> KeysToTry()
    {
        yield return Key;
        foreach (var v in Variants) yield return v;
    }
}
