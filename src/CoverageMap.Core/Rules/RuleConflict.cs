using CoverageMap.Core.Addresses;

namespace CoverageMap.Core.Rules;

/// <summary>One problem with the street rules, with what a person needs to fix it. Immutable.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Rule">The rule at fault.</param>
/// <param name="OtherRule">For <see cref="RuleConflictKind.OverlappingRules"/>, the rule it overlaps.</param>
/// <param name="Point">For <see cref="RuleConflictKind.RuleAgainstArea"/>, the address point in question.</param>
/// <param name="AreaPartnerships">For <see cref="RuleConflictKind.RuleAgainstArea"/>, the partnerships whose areas contain the point.</param>
/// <param name="Message">A sentence for the report.</param>
public sealed record RuleConflict(
    RuleConflictKind Kind,
    StreetRule Rule,
    StreetRule? OtherRule,
    AddressPoint? Point,
    IReadOnlyList<string> AreaPartnerships,
    string Message);
