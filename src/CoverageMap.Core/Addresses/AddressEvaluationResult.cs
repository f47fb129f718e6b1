namespace CoverageMap.Core.Addresses;

/// <summary>One evaluated address: the case, the truth, the answer and how they compare. Immutable.</summary>
/// <param name="Case">The address asked.</param>
/// <param name="Inside">True for an address inside an area (at least the inside margin from its border), false for one outside all.</param>
/// <param name="Expected">The partnership it is in, or null (outside all).</param>
/// <param name="Answer">The answer, asked by the text with the address's own points left out.</param>
/// <param name="Outcome">How the answer compares with the truth.</param>
public sealed record AddressEvaluationResult(AddressEvaluationCase Case, bool Inside, string? Expected, AddressResolution Answer, AddressEvaluationOutcome Outcome);
