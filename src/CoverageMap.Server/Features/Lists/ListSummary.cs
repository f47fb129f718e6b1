namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// How a checked list came out: rows per partnership (definite answers), rows outside every area, rows needing
/// attention per reason. Immutable.
/// </summary>
internal sealed record ListSummary(int Rows, IReadOnlyList<ListPartnershipCount> Partnerships, int Outside, IReadOnlyList<ListAttentionCount> Attention)
{
    /// <summary>How many rows need attention, whatever the reason.</summary>
    public int AttentionRows => Attention.Sum(a => a.Rows);
}

/// <summary>How many rows a partnership serves for sure. Immutable.</summary>
internal sealed record ListPartnershipCount(string PartnershipId, string Name, int Rows);

/// <summary>How many rows need attention for one reason, and the reason in words. Immutable.</summary>
internal sealed record ListAttentionCount(ListAttention Reason, string Text, int Rows);
