using CoverageMap.Core.Rules;

namespace CoverageMap.Data.Rules;

/// <summary>The content of <c>geodata/street-rules.json</c>. Immutable.</summary>
/// <param name="Schema">Schema version (1).</param>
/// <param name="Description">What the file is, for the person editing it.</param>
/// <param name="Rules">The rules: <c>id</c>, <c>street</c>, <c>streetId</c> (optional TERYT ULIC), <c>from</c>,
/// <c>to</c> (null = "do końca"), <c>parity</c> (<c>all</c>/<c>odd</c>/<c>even</c>), <c>partnershipId</c>,
/// <c>source</c>, <c>note</c>.</param>
public sealed record StreetRulesDocument(int Schema, string? Description, IReadOnlyList<StreetRule> Rules);
