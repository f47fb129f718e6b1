namespace CoverageMap.Data.Importers;

/// <summary>
/// What an address import did, or with <see cref="DryRun"/> would do. Immutable.
/// </summary>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="Path">The file read.</param>
/// <param name="Format">The format it was read as.</param>
/// <param name="Source"><c>prg</c>, <c>osm</c>, or the source name of a file of points (<c>warsaw-address-points</c>).</param>
/// <param name="Read">Records read from the file.</param>
/// <param name="Added">Points new to the store.</param>
/// <param name="Changed">Points already stored (same source and id) whose content differs.</param>
/// <param name="Unchanged">Points already stored with identical content.</param>
/// <param name="SkippedCount">Records not taken (see <see cref="SkippedByReason"/>).</param>
/// <param name="SkippedByReason">Skipped records counted by reason.</param>
/// <param name="Skipped">The first skipped records of each reason, each with its facts (up to the option's limit).</param>
/// <param name="ChangedExamples">The first changes, as <c>id: field old → new</c>.</param>
/// <param name="NotInFile">Points of this source in the store that the file lacks. They are kept (a file may cover a
/// part of the country only); the number is reported so a person can decide.</param>
public sealed record AddressImportReport(
    bool DryRun,
    string Path,
    AddressFileFormat Format,
    string Source,
    int Read,
    int Added,
    int Changed,
    int Unchanged,
    int SkippedCount,
    IReadOnlyDictionary<AddressSkipReason, int> SkippedByReason,
    IReadOnlyList<SkippedAddress> Skipped,
    IReadOnlyList<string> ChangedExamples,
    int NotInFile)
{
    /// <summary>Records taken with a remark, counted by kind (e.g. kept without a street id because several streets
    /// share the name). They are among <see cref="Added"/>, <see cref="Changed"/> and <see cref="Unchanged"/>.</summary>
    public IReadOnlyDictionary<AddressNoteKind, int> NotesByKind { get; init; } = new Dictionary<AddressNoteKind, int>();

    /// <summary>The first remarks of each kind, with their facts (up to the option's limit).</summary>
    public IReadOnlyList<AddressImportNote> Notes { get; init; } = [];
}
