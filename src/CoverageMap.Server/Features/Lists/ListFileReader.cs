using System.Globalization;
using System.Text;
using CoverageMap.Server.Http;
using CsvHelper;
using MiniExcelLibs;

namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// Reads a list file into a <see cref="ListTable"/>: an XLSX workbook (its first sheet, by MiniExcel) or CSV text (by
/// CsvHelper) whose encoding and separator are detected. The encoding rule: a byte order mark decides (UTF-8 or
/// UTF-16); otherwise text that is valid UTF-8 is UTF-8, and anything else is Windows-1250 — the encoding Excel in
/// Polish Windows writes — so <c>Słowackiego</c> saved there is never read as <c>S�owackiego</c>. (Polish text in
/// Windows-1250 is never valid UTF-8: its letters ą, ś, ł … are single bytes ≥ 0x80 that cannot follow one another in
/// UTF-8.) Unless it is ISO-8859-2 (see <see cref="LooksIso88592"/>), which differs from Windows-1250 in ą ś ź Ą Ś Ź
/// only. A charset the client declares (windows-1250, iso-8859-2) is taken instead of detecting one. The separator: an Excel <c>sep=;</c> line, or the one of <c>;</c>, <c>,</c>, tab that the first lines use.
/// A file over the byte or row limit, an old binary .xls, a broken workbook or malformed quoting is a
/// <see cref="ListFileException"/> with a sentence saying what to do. Stateless and thread-safe.
/// </summary>
internal static class ListFileReader
{
    static ListFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1250, the code page of Polish Windows.</summary>
    public static Encoding Windows1250 { get; } = CreateWindows1250();

    private static Encoding CreateWindows1250()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1250);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>ISO-8859-2, the Latin-2 of older Polish programs.</summary>
    public static Encoding Iso88592 { get; } = Encoding.GetEncoding(28592);

    /// <summary>Reads <paramref name="bytes"/> (a whole file) within <paramref name="limits"/>; a CSV in
    /// <paramref name="declared"/> when the client declared its charset (Windows-1250 or ISO-8859-2), else detected.</summary>
    public static ListTable Read(ReadOnlyMemory<byte> bytes, ListOptions limits, ApiLanguage lang, ListTextEncoding? declared = null)
    {
        if (bytes.Length > limits.MaxBytes)
            throw new ListFileException(ListProblem.TooLarge, ListText.Text(lang, "TooLarge", Megabytes(lang, limits.MaxBytes)));
        var span = bytes.Span;
        if (span.Length == 0) throw new ListFileException(ListProblem.Empty, ListText.Text(lang, "EmptyFile"));
        if (span.StartsWith("PK\u0003\u0004"u8)) return ReadXlsx(bytes, limits, lang);
        if (span.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            throw new ListFileException(ListProblem.NotAList, ListText.Text(lang, "OldXls"));
        var (text, encoding) = declared is ListTextEncoding.Windows1250 or ListTextEncoding.Iso88592 && !span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })
            ? (ListFileWriter.EncodingFor(declared.Value).GetString(span), declared.Value)
            : Decode(span);
        if (LooksBinary(text)) throw new ListFileException(ListProblem.NotAList, ListText.Text(lang, "NotAList"));
        return ReadCsv(text, encoding, limits, lang);
    }

    /// <summary>The text of a CSV file and the encoding assumed (see the type's summary for the rule).</summary>
    public static (string Text, ListTextEncoding Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF })) return (Encoding.UTF8.GetString(bytes[3..]), ListTextEncoding.Utf8Bom);
        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE })) return (Encoding.Unicode.GetString(bytes[2..]), ListTextEncoding.Utf16);
        try
        {
            return (StrictUtf8.GetString(bytes), ListTextEncoding.Utf8);
        }
        catch (DecoderFallbackException)
        {
            return LooksIso88592(bytes) ? (Iso88592.GetString(bytes), ListTextEncoding.Iso88592) : (Windows1250.GetString(bytes), ListTextEncoding.Windows1250);
        }
    }

    /// <summary>
    /// Whether single-byte Polish text is ISO-8859-2 rather than Windows-1250. The two differ in ą ś ź Ą Ś Ź only:
    /// Windows-1250 has ś ź Ś Ź (and „ ” – …) at 0x80–0x9F, which ISO-8859-2 keeps for control codes, and ą Ą at 0xB9
    /// 0xA5 (š Ľ in ISO-8859-2); ISO-8859-2 has ą ś ź Ą Ś Ź at 0xB1 0xB6 0xBC 0xA1 0xA6 0xAC (± ¶ Ľ ˇ ¦ ¬ in
    /// Windows-1250, rare in a list of addresses). So: no byte at 0x80–0x9F, and more of ISO-8859-2's six letters than
    /// of Windows-1250's ą Ą. Anything else, and text with none of these letters, is Windows-1250.
    /// </summary>
    internal static bool LooksIso88592(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOfAnyInRange((byte)0x80, (byte)0x9F) >= 0) return false;
        int iso = 0, windows = 0;
        foreach (var b in bytes)
        {
            if (b is 0xB1 or 0xB6 or 0xBC or 0xA1 or 0xA6 or 0xAC) iso++;
            else if (b is 0xB9 or 0xA5) windows++;
        }
        return iso > windows;
    }

    private static bool LooksBinary(string text)
    {
        int n = Math.Min(text.Length, 4096), control = 0;
        for (int i = 0; i < n; i++)
            if (text[i] == '\0' || (char.IsControl(text[i]) && text[i] is not ('\r' or '\n' or '\t'))) control++;
        return control > 0 && control * 100 >= n;
    }

    private static ListTable ReadCsv(string text, ListTextEncoding encoding, ListOptions limits, ApiLanguage lang)
    {
        var options = new CsvReaderOptions
        {
            HasHeader = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            DetectSeparatorHint = true,
        };
        using var reader = CsvReader.Create(new StringReader(text), options, false);
        string[]? header = null;
        var rows = new List<string[]>();
        var numbers = new List<int>();
        int width = 0, empty = 0, record = 0;
        try
        {
            while (reader.Read())
            {
                record++;
                var cells = new string[reader.FieldCount];
                for (int i = 0; i < cells.Length; i++) cells[i] = reader.GetString(i);
                if (header is null) { header = cells; width = cells.Length; continue; }
                if (IsEmpty(cells)) { empty++; continue; }
                if (rows.Count >= limits.MaxRows) throw TooManyRows(limits, lang);
                width = Math.Max(width, cells.Length);
                rows.Add(cells);
                numbers.Add(record);
            }
        }
        catch (CsvFormatException e)
        {
            throw new ListFileException(ListProblem.Malformed, ListText.Text(lang, "MalformedCsv", ListText.Number(lang, e.LineNumber > 0 ? e.LineNumber : rows.Count + 2)));
        }
        if (header is null || rows.Count == 0) throw new ListFileException(ListProblem.Empty, ListText.Text(lang, "NoRows"));
        char separator = reader.Separator is ';' or ',' or '\t' or '|' ? reader.Separator : ';';
        return new ListTable(ListFileFormat.Csv, encoding, separator, Pad(header, width), Pad(rows, width), empty, numbers);
    }

    private static ListTable ReadXlsx(ReadOnlyMemory<byte> bytes, ListOptions limits, ApiLanguage lang)
    {
        string[]? header = null;
        var rows = new List<string[]>();
        var numbers = new List<int>();
        int width = 0, empty = 0, record = 0;
        try
        {
            using var stream = new MemoryStream(bytes.ToArray(), writable: false);
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
            {
                record++;
                var cells = Cells(row);
                if (header is null)
                {
                    if (IsEmpty(cells)) continue;
                    header = cells;
                    width = cells.Length;
                    continue;
                }
                if (IsEmpty(cells)) { empty++; continue; }
                if (rows.Count >= limits.MaxRows) throw TooManyRows(limits, lang);
                width = Math.Max(width, cells.Length);
                rows.Add(cells);
                numbers.Add(record);
            }
        }
        catch (ListFileException) { throw; }
        catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or FormatException or ArgumentException or NotSupportedException or KeyNotFoundException)
        {
            throw new ListFileException(ListProblem.Malformed, ListText.Text(lang, "MalformedXlsx"));
        }
        if (header is null || rows.Count == 0) throw new ListFileException(ListProblem.Empty, ListText.Text(lang, "NoRows"));
        // Trailing columns without a name or a value (a sheet's formatting) are not part of the list.
        while (width > 0 && string.IsNullOrWhiteSpace(width <= header.Length ? header[width - 1] : "") && rows.All(r => width > r.Length || string.IsNullOrWhiteSpace(r[width - 1]))) width--;
        return new ListTable(ListFileFormat.Xlsx, ListTextEncoding.Utf8, ';', Pad(header, width), Pad(rows, width), empty, numbers);
    }

    /// <summary>A sheet row's cells as the person sees them: text as it is, whole numbers without a fraction, other
    /// numbers and dates in the invariant form.</summary>
    private static string[] Cells(IDictionary<string, object?> row)
    {
        var cells = new string[row.Count];
        int i = 0, last = -1;
        foreach (var value in row.Values)
        {
            cells[i] = value switch
            {
                null => "",
                string s => s,
                double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
                DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                bool b => b ? "TRUE" : "FALSE",
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                var other => other.ToString() ?? "",
            };
            if (cells[i].Length > 0) last = i;
            i++;
        }
        return last + 1 == cells.Length ? cells : cells[..(last + 1)];
    }

    private static bool IsEmpty(string[] cells)
    {
        foreach (var c in cells) if (!string.IsNullOrWhiteSpace(c)) return false;
        return true;
    }

    private static string[] Pad(string[] cells, int width) => cells.Length >= width ? cells : [.. cells, .. Enumerable.Repeat("", width - cells.Length)];

    private static List<string[]> Pad(List<string[]> rows, int width)
    {
        for (int i = 0; i < rows.Count; i++)
            if (rows[i].Length != width) rows[i] = rows[i].Length > width ? rows[i][..width] : Pad(rows[i], width);
        return rows;
    }

    private static ListFileException TooManyRows(ListOptions limits, ApiLanguage lang) =>
        new(ListProblem.TooManyRows, ListText.Text(lang, "TooManyRows", ListText.Count(lang, "Rows", limits.MaxRows)));

    internal static string Megabytes(ApiLanguage lang, long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.#", ListText.Culture(lang));
}
