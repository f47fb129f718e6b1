namespace CoverageMap.Core.Rules;

/// <summary>What kind of problem <see cref="StreetRuleChecker"/> found.</summary>
public enum RuleConflictKind
{
    /// <summary>Two rules of one street overlap and name different partnerships.</summary>
    OverlappingRules,

    /// <summary>An address point lies inside one partnership's area but a rule gives it to another.</summary>
    RuleAgainstArea,

    /// <summary>A rule names a partnership the registry lacks.</summary>
    UnknownPartnership,
}
