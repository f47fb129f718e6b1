namespace CoverageMap.Core.Addresses;

/// <summary>How an evaluated answer compares with the truth.</summary>
public enum AddressEvaluationOutcome
{
    /// <summary>Exactly the right single answer (the partnership, or "none" for an address outside every area).</summary>
    Exact,

    /// <summary>The right answer among several candidates.</summary>
    AmongSeveral,

    /// <summary>A wrong answer: another partnership, or a partnership for an address outside every area, or "none" for one inside.</summary>
    Wrong,

    /// <summary>No answer (the street or the address could not be placed).</summary>
    None,
}
