using System.Globalization;
using System.Text;
using CoverageMap.Core.Problems;

namespace CoverageMap.Data.Readers;

/// <summary>
/// Finds a shapefile's companion files (<c>.dbf</c>, <c>.prj</c>, <c>.cpg</c>) whatever the case of their extension
/// (<c>rowery.CPG</c> beside <c>rowery.shp</c>), and reads the code page a <c>.cpg</c> names.
/// </summary>
internal static class ShapefileCompanions
{
    static ShapefileCompanions() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The companion of <paramref name="shpPath"/> with <paramref name="extension"/> (e.g. <c>.prj</c>), in any case; null when absent.</summary>
    internal static string? Find(string shpPath, string extension)
    {
        var exact = Path.ChangeExtension(shpPath, extension);
        if (File.Exists(exact)) return exact;
        var directory = Path.GetDirectoryName(Path.GetFullPath(shpPath))!;
        var wanted = Path.GetFileNameWithoutExtension(shpPath) + extension;
        return Directory.EnumerateFiles(directory)
            .FirstOrDefault(f => string.Equals(Path.GetFileName(f), wanted, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The encoding a <c>.cpg</c> file's text names: <c>UTF-8</c>, <c>1250</c>, <c>ANSI 1250</c>, <c>CP1250</c>,
    /// <c>windows-1250</c>, <c>ISO-8859-2</c>, <c>88592</c>…
    /// </summary>
    /// <exception cref="InputProblemException"><see cref="InputProblem.ShapefileCpg"/>: the name is not a known encoding.</exception>
    internal static Encoding ParseCodePage(string cpgText, string cpgPath)
    {
        var name = cpgText.Trim().TrimStart('\uFEFF').Trim();
        var upper = name.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (upper is "UTF-8" or "UTF8" or "65001") return new UTF8Encoding(false);
        foreach (var prefix in new[] { "ANSI", "CP", "WINDOWS-", "WINDOWS" })
            if (upper.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(upper[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var cp))
                return Encoding.GetEncoding(cp);
        if (upper.StartsWith("8859", StringComparison.Ordinal) && int.TryParse(upper[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var part))
            return Encoding.GetEncoding(28590 + part);
        if (int.TryParse(upper, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number is > 88590 and < 88600 ? Encoding.GetEncoding(28590 + number - 88590) : Encoding.GetEncoding(number);
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException e)
        {
            throw new InputProblemException(InputFault.Of(InputProblem.ShapefileCpg, Path.GetFileName(cpgPath), name), e);
        }
    }
}
