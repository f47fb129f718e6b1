namespace CoverageMap.Core.Addresses;

/// <summary>The counts of a leave-one-out evaluation, for the addresses inside areas and outside all. Immutable.</summary>
/// <param name="Results">Every evaluated address (those too near a border to judge are not evaluated).</param>
/// <param name="NearBorder">How many cases were not evaluated: between the inside and the outside margins.</param>
/// <param name="Inconsistent">Cases not evaluated because another point of the same building (another source) lies
/// more than <see cref="AddressEvaluation.DisagreementMetres"/> away: the sources disagree on where the address is.</param>
public sealed record AddressEvaluationReport(IReadOnlyList<AddressEvaluationResult> Results, int NearBorder, IReadOnlyList<AddressEvaluationCase> Inconsistent)
{
    /// <summary>How many addresses inside (or outside) areas got <paramref name="outcome"/>.</summary>
    public int Count(bool inside, AddressEvaluationOutcome outcome) => Results.Count(r => r.Inside == inside && r.Outcome == outcome);

    /// <summary>How many addresses inside (or outside) areas were evaluated.</summary>
    public int Total(bool inside) => Results.Count(r => r.Inside == inside);

    /// <summary>The share (0–1) of addresses inside (or outside) with <paramref name="outcome"/>; 0 when there are none.</summary>
    public double Share(bool inside, AddressEvaluationOutcome outcome) => Total(inside) == 0 ? 0 : Count(inside, outcome) / (double)Total(inside);

    /// <summary>The share of wrong answers over all evaluated addresses.</summary>
    public double WrongShare => Results.Count == 0 ? 0 : Results.Count(r => r.Outcome == AddressEvaluationOutcome.Wrong) / (double)Results.Count;
}
