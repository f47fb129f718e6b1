namespace CoverageMap.Core.Addresses;

/// <summary>The sources of address points, in order of precedence (the official register first). Stateless.</summary>
public static class AddressSources
{
    /// <summary>PRG / EMUiA address points published by GUGiK (official).</summary>
    public const string Prg = "prg";

    /// <summary>OpenStreetMap <c>addr:*</c> tags.</summary>
    public const string Osm = "osm";

    /// <summary>Precedence of a source: lower wins when two sources have the same address.</summary>
    public static int Precedence(string source) => source switch
    {
        Prg => 0,
        Osm => 1,
        _ => 2,
    };
}
