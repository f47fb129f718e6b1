namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// A list as read from the person's file: its header and rows exactly as written (every cell a string, every column
/// kept, rows padded to the header's width), the format, and for CSV the encoding and separator that were assumed, so
/// the result is written the same way. Wholly empty rows are left out and counted. Immutable once read.
/// </summary>
/// <param name="Format">CSV or XLSX.</param>
/// <param name="Encoding">The encoding assumed (CSV; <see cref="ListTextEncoding.Utf8"/> for XLSX).</param>
/// <param name="Separator">The separator (CSV; <c>;</c> for XLSX, the separator of a CSV made from it).</param>
/// <param name="Header">The column names as written (an unnamed column keeps its empty name).</param>
/// <param name="Rows">The rows, each as wide as <paramref name="Header"/>.</param>
/// <param name="EmptyRowsSkipped">How many wholly empty rows were left out.</param>
/// <param name="RowNumbers">Each row's number in the file as a spreadsheet numbers it (the header row is 1; empty rows count).</param>
internal sealed record ListTable(ListFileFormat Format, ListTextEncoding Encoding, char Separator, IReadOnlyList<string> Header, IReadOnlyList<string[]> Rows, int EmptyRowsSkipped, IReadOnlyList<int> RowNumbers);
