using System.Text;
using CsvHelper;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// Writes a checked list: every original column, as written, then the four added columns (Partnerstwo, Pewność,
/// Podstawa, Uwagi — in English Partnership, Certainty, Basis, Notes), one row per row of the file in the file's order.
/// CSV in the encoding and with the separator the person sent, Excel-ready: UTF-8 always with a byte order mark (Excel
/// reads UTF-8 without one as Windows-1250), Windows-1250 as it came; cells exactly as written (no formula escaping
/// that would turn <c>+48 …</c> or <c>-</c> into something else). XLSX by MiniExcel, every cell as text. The output is
/// written to a buffer first by callers that must not leave half a file (see <see cref="ListsEndpoints"/>, the batch
/// command). Stateless and thread-safe.
/// </summary>
internal static class ListFileWriter
{
    /// <summary>The names of the added columns in the result's language.</summary>
    public static IReadOnlyList<string> AddedColumns(Http.ApiLanguage lang) =>
        [ListText.Text(lang, "ColumnPartnership"), ListText.Text(lang, "ColumnCertainty"), ListText.Text(lang, "ColumnBasis"), ListText.Text(lang, "ColumnNotes")];

    /// <summary>The encoding a CSV result is written in for an input read as <paramref name="e"/>.</summary>
    public static Encoding EncodingFor(ListTextEncoding e) => e switch
    {
        ListTextEncoding.Windows1250 => ListFileReader.Windows1250,
        ListTextEncoding.Utf16 => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
    };

    public static void WriteCsv(ListResult result, Stream output, char? separator = null)
    {
        var table = result.Table;
        var encoding = table.Format == ListFileFormat.Csv ? EncodingFor(table.Encoding) : EncodingFor(ListTextEncoding.Utf8Bom);
        using var text = new StreamWriter(output, encoding, 1 << 16, leaveOpen: true);
        var options = new CsvWriterOptions { Separator = separator ?? table.Separator, Injection = CsvInjection.None, NewLine = "\r\n" };
        using (var csv = CsvWriter.Create(text, options, true))
        {
            foreach (var h in table.Header) csv.WriteField(h);
            foreach (var h in AddedColumns(result.Language)) csv.WriteField(h);
            csv.EndRecord();
            for (int i = 0; i < table.Rows.Count; i++)
            {
                foreach (var cell in table.Rows[i]) csv.WriteField(cell);
                var a = result.Answers[i];
                csv.WriteField(a.Partnership);
                csv.WriteField(a.Certainty);
                csv.WriteField(a.Basis);
                csv.WriteField(a.Notes);
                csv.EndRecord();
            }
            csv.Flush();
        }
        text.Flush();
    }

    public static void WriteXlsx(ListResult result, Stream output)
    {
        var table = result.Table;
        int width = table.Header.Count;
        var keys = Enumerable.Range(0, width + 4).Select(ListColumns.ColumnLetter).ToArray();
        IEnumerable<Dictionary<string, object?>> Rows()
        {
            yield return Row(keys, table.Header.Concat(AddedColumns(result.Language)));
            for (int i = 0; i < table.Rows.Count; i++)
            {
                var a = result.Answers[i];
                yield return Row(keys, table.Rows[i].Concat([a.Partnership, a.Certainty, a.Basis, a.Notes]));
            }
        }
        // The header is the first row written (printHeader: false), so names repeated or left empty stay as they were.
        output.SaveAs(Rows(), printHeader: false, sheetName: ListText.Text(result.Language, "SheetName"), excelType: ExcelType.XLSX,
            configuration: new OpenXmlConfiguration { FastMode = true, EnableAutoWidth = false });
    }

    private static Dictionary<string, object?> Row(string[] keys, IEnumerable<string> cells)
    {
        var row = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        int i = 0;
        foreach (var c in cells) row[keys[i++]] = c;
        return row;
    }
}
