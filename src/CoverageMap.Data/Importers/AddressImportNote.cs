namespace CoverageMap.Data.Importers;

/// <summary>A remark on a record the import took (e.g. kept without a street id), for a person to check: a code and its facts, no sentence. Immutable.</summary>
/// <param name="SourceId">The point's id in its source.</param>
/// <param name="Kind">The kind of remark (the key of <see cref="AddressImportReport.NotesByKind"/>).</param>
/// <param name="Facts">The facts <paramref name="Kind"/> lists, in its order, as text.</param>
public sealed record AddressImportNote(string SourceId, AddressNoteKind Kind, IReadOnlyList<string> Facts);
