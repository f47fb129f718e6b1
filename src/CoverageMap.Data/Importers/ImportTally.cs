using CoverageMap.Data.Store;

namespace CoverageMap.Data.Importers;

/// <summary>
/// Counts an import's skipped records by reason and its remarks by kind, keeping the first of each in full (up to a
/// limit per reason / kind, so every reason keeps examples), and builds the report. Not thread-safe: one per import.
/// </summary>
internal sealed class ImportTally(int maxListedPerKind)
{
    private readonly SortedDictionary<AddressSkipReason, int> _skippedByReason = [];
    private readonly List<SkippedAddress> _skipped = [];
    private readonly SortedDictionary<AddressNoteKind, int> _notesByKind = [];
    private readonly List<AddressImportNote> _notes = [];

    /// <summary>Records read so far.</summary>
    public int Read { get; set; }

    /// <summary>Counts a skipped record.</summary>
    public void Skip(string sourceId, AddressSkipReason reason, params string[] facts)
    {
        var n = _skippedByReason[reason] = _skippedByReason.GetValueOrDefault(reason) + 1;
        if (n <= maxListedPerKind) _skipped.Add(new SkippedAddress(sourceId, reason, facts));
    }

    /// <summary>Counts a remark on a record taken.</summary>
    public void Note(string sourceId, AddressNoteKind kind, params string[] facts)
    {
        var n = _notesByKind[kind] = _notesByKind.GetValueOrDefault(kind) + 1;
        if (n <= maxListedPerKind) _notes.Add(new AddressImportNote(sourceId, kind, facts));
    }

    /// <summary>The report of an import whose upsert gave <paramref name="result"/>.</summary>
    public AddressImportReport Report(bool dryRun, string path, AddressFileFormat format, string source, AddressUpsertResult result) =>
        new(dryRun, path, format, source, Read, result.Added, result.Changed, result.Unchanged,
            _skippedByReason.Values.Sum(), _skippedByReason, _skipped, result.ChangedExamples, result.NotInInput)
        {
            NotesByKind = _notesByKind,
            Notes = _notes,
        };
}
