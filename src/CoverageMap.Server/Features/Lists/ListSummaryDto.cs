namespace CoverageMap.Server.Features.Lists;

/// <summary>How a checked list came out: rows checked, rows per partnership (definite answers, most first), rows
/// outside every area, rows needing attention in all and per reason (with the reason in words).</summary>
internal sealed record ListSummaryDto(int Rows, IReadOnlyList<ListPartnershipCount> Partnerships, int Outside, int AttentionRows, IReadOnlyList<ListAttentionCount> Attention);
