namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// A parsed CSV batch: its rows, the separator it used (answers use the same), whether it had an id column and
/// whether it had address columns (then the answer has the address columns too).
/// </summary>
internal sealed record CsvBatch(List<BatchRow> Rows, char Delimiter, bool HasId, bool HasAddress);
