namespace CoverageMap.Data.Exchange;

/// <summary>What an import did with one record, and why: codes and facts, no sentence (the CLI says it). Immutable.</summary>
/// <param name="PartnershipId">The record's partnership id (empty when it has none).</param>
/// <param name="Kind">What was done.</param>
/// <param name="Facts">By <paramref name="Kind"/>: <see cref="ExchangeNoteKind.Repaired"/> what the validator found (a name of NTS's <c>TopologyValidationErrors</c>) and the
/// latitude and longitude where it found the fault (or two empty strings); <see cref="ExchangeNoteKind.ProvenanceAdded"/>
/// the file's name; <see cref="ExchangeNoteKind.Renamed"/> the name taken; <see cref="ExchangeNoteKind.Rejected"/> those
/// its <paramref name="Rejection"/> lists; otherwise none.</param>
/// <param name="Rejection">Why a <see cref="ExchangeNoteKind.Rejected"/> record was rejected; otherwise null.</param>
public sealed record ExchangeNote(string PartnershipId, ExchangeNoteKind Kind, IReadOnlyList<string> Facts, ExchangeRejection? Rejection = null);
