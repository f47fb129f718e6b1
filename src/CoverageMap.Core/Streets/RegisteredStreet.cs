namespace CoverageMap.Core.Streets;

/// <summary>
/// One street of the official Warsaw street register. Immutable.
/// </summary>
/// <param name="Id">Stable id: the TERYT ULIC code (e.g. <c>25416</c>) where the TERYT list gives one, otherwise a
/// slug of type and full name (<c>ulica-adama-mickiewicza</c>; streets of Wesoła get <c>-wesola</c>).</param>
/// <param name="Type">The street type in lower case as the register writes it: <c>ulica</c>, <c>aleja</c>,
/// <c>aleje</c>, <c>plac</c>, <c>rondo</c>, <c>pasaż</c>, …</param>
/// <param name="FullName">The full name without the type (<c>Generała Józefa Zajączka</c>, <c>Wybrzeże Gdyńskie</c>).</param>
/// <param name="ShortName">The TERYT short name where known (<c>gen. Józefa Zajączka</c>), otherwise a derived one
/// (<c>Mickiewicza</c>, <c>gen. Zajączka</c>).</param>
/// <param name="Districts">The districts (dzielnice) the street runs through.</param>
/// <param name="Areas">The MSI areas (obszary Miejskiego Systemu Informacji) it runs through.</param>
public sealed record RegisteredStreet(
    string Id,
    string Type,
    string FullName,
    string ShortName,
    IReadOnlyList<string> Districts,
    IReadOnlyList<string> Areas)
{
    /// <summary>Type and full name as the register writes them, capitalised: <c>Ulica Adama Mickiewicza</c>.</summary>
    public string OfficialName => char.ToUpperInvariant(Type[0]) + Type[1..] + " " + FullName;

    /// <summary>True when the street runs through the given district (case- and diacritic-insensitive).</summary>
    public bool InDistrict(string district)
    {
        var wanted = StreetNameNormalizer.Fold(district);
        foreach (var d in Districts)
            if (StreetNameNormalizer.Fold(d) == wanted) return true;
        return false;
    }
}
