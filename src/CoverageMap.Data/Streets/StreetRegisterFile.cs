using System.Globalization;
using System.Text;
using CoverageMap.Core.Problems;
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
    /// <exception cref="InputProblemException">A line of one of the files is malformed; the fault names the file (by
    /// its name) and the line in it.</exception>
    public static StreetRegister Load(string streetsTxtPath, string? terytCsvPath = null)
    {
        ArgumentNullException.ThrowIfNull(streetsTxtPath);
        using var streets = new StreamReader(streetsTxtPath, Encoding.UTF8);
        var streetsName = Path.GetFileName(streetsTxtPath);
        if (terytCsvPath is null) return StreetRegister.Parse(streets, streetsTxtName: streetsName);
        // Beside it, ids the RSPO schools register gives (teryt-ulic-from-rspo.csv, made by scripts/make-teryt-from-rspo.py):
        // read after the TERYT file, so a street both name keeps the TERYT file's row.
        var terytName = Path.GetFileName(terytCsvPath);
        var text = File.ReadAllText(terytCsvPath, Encoding.UTF8);
        var fromRspo = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(terytCsvPath))!, RspoTerytFileName);
        int terytLines = int.MaxValue;
        if (File.Exists(fromRspo))
        {
            text = text.TrimEnd('\n', '\r');
            terytLines = text.Length == 0 ? 0 : text.Split('\n').Length;
            text += "\n" + File.ReadAllText(fromRspo, Encoding.UTF8);
        }
        using var teryt = new StringReader(text);
        try
        {
            return StreetRegister.Parse(streets, teryt, streetsName, terytName);
        }
        catch (InputProblemException e) when (e.Fault is { Problem: InputProblem.TerytCsvFields } f
            && int.TryParse(f.Facts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var line) && line > terytLines)
        {
            // The line is one of the RSPO file's, read after the TERYT file's.
            throw new InputProblemException(InputFault.Of(InputProblem.TerytCsvFields, RspoTerytFileName,
                (line - terytLines).ToString(CultureInfo.InvariantCulture), f.Facts[2]), e);
        }
    }
}
