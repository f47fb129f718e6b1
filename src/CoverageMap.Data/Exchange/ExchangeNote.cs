namespace CoverageMap.Data.Exchange;

/// <summary>What an import did with one record, and why (<paramref name="Detail"/>: the validator's words, the name taken…). Immutable.</summary>
public sealed record ExchangeNote(string PartnershipId, ExchangeNoteKind Kind, string Detail);
