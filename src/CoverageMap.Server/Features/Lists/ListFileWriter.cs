using System.Text;
using CsvHelper;
using SpreadCheetah;

namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// Writes a checked list: every original column, as written, then the four added columns (Partnerstwo, Pewność,
/// Podstawa, Uwagi — in English Partnership, Certainty, Basis, Notes), one row per row of the file in the file's order.
/// CSV in the encoding and with the separator the person sent, Excel-ready: UTF-8 always with a byte order mark (Excel
/// reads UTF-8 without one as Windows-1250), Windows-1250 and ISO-8859-2 as they came; cells exactly as written (no formula escaping
/// that would turn <c>+48 …</c> or <c>-</c> into something else). XLSX by SpreadCheetah, every cell as text. The output is
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
        ListTextEncoding.Iso88592 => ListFileReader.Iso88592,
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

    /// <summary>
    /// The result as a workbook of one sheet, by SpreadCheetah (a streaming writer: rows go out as they are given, no
    /// per-row dictionaries; 5× less CPU than MiniExcel's dictionary rows for 100,000 rows, docs/benchmarks-lists.md).
    /// The header is the first row as written, so names repeated or left empty stay as they were; every cell is text.
    /// </summary>
    public static async Task WriteXlsxAsync(ListResult result, Stream output, CancellationToken ct = default)
    {
        var table = result.Table;
        var cells = new DataCell[table.Header.Count + 4];
        await using var workbook = await Spreadsheet.CreateNewAsync(output, new SpreadCheetahOptions { CompressionLevel = SpreadCheetahCompressionLevel.Fastest }, ct);
        await workbook.StartWorksheetAsync(ListText.Text(result.Language, "SheetName"), token: ct);
        await workbook.AddRowAsync(Row(cells, table.Header, AddedColumns(result.Language)), ct);
        for (int i = 0; i < table.Rows.Count; i++)
        {
            var a = result.Answers[i];
            await workbook.AddRowAsync(Row(cells, table.Rows[i], [a.Partnership, a.Certainty, a.Basis, a.Notes]), ct);
        }
        await workbook.FinishAsync(ct);
    }

    /// <summary>Fills <paramref name="cells"/> (reused row after row: the writer copies a row as it is added).</summary>
    private static DataCell[] Row(DataCell[] cells, IReadOnlyList<string> original, IReadOnlyList<string> added)
    {
        for (int i = 0; i < original.Count; i++) cells[i] = new DataCell(original[i]);
        for (int i = 0; i < added.Count; i++) cells[original.Count + i] = new DataCell(added[i]);
        return cells;
    }
}
