namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// The summary of a checked list (<c>POST /api/lists/check</c>, <c>format=json</c>): the file's name, format (csv or
/// xlsx), the encoding assumed (utf8, utf8Bom, windows1250, utf16, iso88592; the CSV result is written in it) and in words, the
/// separator; the file's columns (all kept in the result), the address columns used, the columns added (in the
/// request's language), the wholly empty rows left out, the summary, the first rows (those needing attention first;
/// the downloads have every row, in the file's order) and the dataset version that answered.
/// </summary>
internal sealed record ListCheckResponse(string FileName, ListFileFormat Format, ListTextEncoding Encoding, string EncodingText, string Separator,
    IReadOnlyList<string> Columns, ListColumnsDto AddressColumns, IReadOnlyList<string> AddedColumns, int EmptyRowsSkipped,
    ListSummaryDto Summary, IReadOnlyList<ListRowDto> Rows, long DatasetVersion)
{
    public static ListCheckResponse From(ListResult r, string fileName, int rowsListed)
    {
        var t = r.Table;
        var s = r.Summary;
        var rows = r.AttentionFirst().Take(rowsListed).Select(i =>
        {
            var a = r.Answers[i];
            return new ListRowDto(t.RowNumbers[i], Address(t.Rows[i], r.Columns), a.Partnership, a.Certainty, a.Basis, a.Notes, a.Attention);
        }).ToList();
        return new ListCheckResponse(fileName, t.Format, t.Encoding, ListText.EncodingName(r.Language, t.Encoding), t.Separator.ToString(),
            t.Header.Select((h, i) => ListColumns.Name(t.Header, i)).ToList(), ListColumnsDto.From(r.Columns, t.Header), ListFileWriter.AddedColumns(r.Language),
            t.EmptyRowsSkipped, new ListSummaryDto(s.Rows, s.Partnerships, s.Outside, s.AttentionRows, s.Attention), rows, r.DatasetVersion);
    }

    private static string Address(string[] row, ListColumns c)
    {
        string Cell(int i) => i >= 0 && i < row.Length ? row[i].Trim() : "";
        return c.UsesAddress ? Cell(c.Address) : (Cell(c.Street) + " " + Cell(c.Number)).Trim();
    }
}
