using System.Text;
using CoverageMap.Core.Streets;

namespace CoverageMap.Data.Streets;

/// <summary>
/// Loads the <see cref="StreetRegister"/> from files (<c>streets.txt</c> and the optional TERYT CSV, both UTF-8).
/// Stateless, thread-safe.
/// </summary>
public static class StreetRegisterFile
{
    /// <summary>File name of the TERYT ULIC ids taken from the RSPO schools register, read beside the TERYT CSV when present.</summary>
    public const string RspoTerytFileName = "teryt-ulic-from-rspo.csv";

    /// <summary>Reads both files and builds the register with all its indexes.</summary>
    /// <param name="streetsTxtPath">Path of <c>streets.txt</c> (<c>Type Full Name/districts/MSI areas</c>).</param>
    /// <param name="terytCsvPath">Path of <c>teryt-short-to-full-names.csv</c>, or null to derive ids and short names.</param>
    public static StreetRegister Load(string streetsTxtPath, string? terytCsvPath = null)
    {
        ArgumentNullException.ThrowIfNull(streetsTxtPath);
        using var streets = new StreamReader(streetsTxtPath, Encoding.UTF8);
        if (terytCsvPath is null) return StreetRegister.Parse(streets);
        // Beside it, ids the RSPO schools register gives (teryt-ulic-from-rspo.csv, made by scripts/make-teryt-from-rspo.py):
        // read after the TERYT file, so a street both name keeps the TERYT file's row.
        var text = File.ReadAllText(terytCsvPath, Encoding.UTF8);
        var fromRspo = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(terytCsvPath))!, RspoTerytFileName);
        if (File.Exists(fromRspo)) text = text.TrimEnd('\n', '\r') + "\n" + File.ReadAllText(fromRspo, Encoding.UTF8);
        using var teryt = new StringReader(text);
        return StreetRegister.Parse(streets, teryt);
    }
}
