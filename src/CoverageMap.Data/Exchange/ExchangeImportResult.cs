using CoverageMap.Core.Areas;

namespace CoverageMap.Data.Exchange;

/// <summary>What an exchange file holds, validated: the dataset to store as a new draft version, how many records were
/// read, and a note for every record repaired, completed or rejected. Immutable.</summary>
public sealed record ExchangeImportResult(Dataset Dataset, int RecordsRead, IReadOnlyList<ExchangeNote> Notes)
{
    /// <summary>True when a record was rejected: such an import must not be applied.</summary>
    public bool HasRejections => Notes.Any(n => n.Kind == ExchangeNoteKind.Rejected);
}
