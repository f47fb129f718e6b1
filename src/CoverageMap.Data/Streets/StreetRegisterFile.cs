using System.Text;
using CoverageMap.Core.Streets;

namespace CoverageMap.Data.Streets;

/// <summary>
/// Loads the <see cref="StreetRegister"/> from files (<c>streets.txt</c> and the optional TERYT CSV, both UTF-8).
/// Stateless, thread-safe.
/// </summary>
public static class StreetRegisterFile
{
    /// <summary>Reads both files and builds the register with all its indexes.</summary>
    /// <param name="streetsTxtPath">Path of <c>streets.txt</c> (<c>Type Full Name/districts/MSI areas</c>).</param>
    /// <param name="terytCsvPath">Path of <c>teryt-short-to-full-names.csv</c>, or null to derive ids and short names.</param>
    public static StreetRegister Load(string streetsTxtPath, string? terytCsvPath = null)
    {
        ArgumentNullException.ThrowIfNull(streetsTxtPath);
        using var streets = new StreamReader(streetsTxtPath, Encoding.UTF8);
        if (terytCsvPath is null) return StreetRegister.Parse(streets);
        using var teryt = new StreamReader(terytCsvPath, Encoding.UTF8);
        return StreetRegister.Parse(streets, teryt);
    }
}
