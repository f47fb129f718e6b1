using CoverageMap.Core.Addresses;

namespace CoverageMap.Core.Rules;

/// <summary>One problem with the street rules, with what a person needs to fix it. Immutable.</summary>
/// <param name="Kind">What kind of problem.</param>
/// <param name="Rule">The rule at fault.</param>
/// <param name="OtherRule">For <see cref="RuleConflictKind.OverlappingRules"/>, the rule it overlaps.</param>
/// <param name="Point">For <see cref="RuleConflictKind.RuleAgainstArea"/>, the address point in question.</param>
/// <param name="AreaPartnerships">For <see cref="RuleConflictKind.RuleAgainstArea"/>, the partnerships whose areas contain the point.</param>
/// <remarks>Codes and facts, no sentence: the CLI says it in the language asked for.</remarks>
public sealed record RuleConflict(
    RuleConflictKind Kind,
    StreetRule Rule,
    StreetRule? OtherRule,
    AddressPoint? Point,
    IReadOnlyList<string> AreaPartnerships);
