namespace CoverageMap.Server.Features.Lookup;

/// <summary>A parsed CSV batch: its rows, the separator it used (answers use the same) and whether it had an id column.</summary>
internal sealed record CsvBatch(List<BatchRow> Rows, char Delimiter, bool HasId);
