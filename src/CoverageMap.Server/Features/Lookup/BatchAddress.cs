namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// The address of one batch row as the client wrote it: a whole address (<c>adres</c>), or a street and a number in
/// two columns (<c>ulica</c> + <c>numer</c>), optionally with a district; and the names of those fields so errors can
/// name them. Immutable.
/// </summary>
internal sealed record BatchAddress(string? Text, string? Street, string? Number, string? District, string TextField = "address", string StreetField = "street")
{
    /// <summary>Longest address or street text looked up; longer is a row error.</summary>
    public const int MaxLength = 200;

    /// <summary>True when the row has an address to look up (a whole address, or a street).</summary>
    public bool IsPresent => !string.IsNullOrWhiteSpace(Text) || !string.IsNullOrWhiteSpace(Street);

    /// <summary>True when the whole-address field is used (it wins over street + number when both are filled).</summary>
    public bool UsesText => !string.IsNullOrWhiteSpace(Text);

    /// <summary>The field the address came from, for error messages.</summary>
    public string Field => UsesText ? TextField : StreetField;

    /// <summary>The address as one line, for echoing: the text, or street and number.</summary>
    public string Display => UsesText ? Text!.Trim() : $"{Street!.Trim()} {Number?.Trim()}".TrimEnd();
}
