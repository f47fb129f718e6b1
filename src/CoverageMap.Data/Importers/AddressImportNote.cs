namespace CoverageMap.Data.Importers;

/// <summary>A remark on a record the import took (e.g. kept without a street id), for a person to check. Immutable.</summary>
/// <param name="SourceId">The point's id in its source.</param>
/// <param name="Kind">The kind of remark (the key of <see cref="AddressImportReport.NotesByKind"/>).</param>
/// <param name="Text">The remark in full.</param>
public sealed record AddressImportNote(string SourceId, string Kind, string Text);
