namespace CoverageMap.Data.Exchange;

/// <summary>What an import did with a record, besides taking it as it was.</summary>
public enum ExchangeNoteKind
{
    /// <summary>The polygon was not valid and was repaired (the detail says what was wrong); the repaired one is imported.</summary>
    Repaired,

    /// <summary>The record is not imported (the detail says why); an import with a rejected record writes nothing.</summary>
    Rejected,

    /// <summary>The file has no partnership record for the feature: the active version's record is taken.</summary>
    PartnershipFromActiveVersion,

    /// <summary>The file has no provenance for the area: it is recorded as imported from the file.</summary>
    ProvenanceAdded,

    /// <summary>The name column differs from the partnership record: the column's name is taken.</summary>
    Renamed,
}
