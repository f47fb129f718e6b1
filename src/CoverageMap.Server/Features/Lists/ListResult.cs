namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// A checked list: the table as read, the address columns used, one <see cref="ListAnswer"/> per row (in the file's
/// order), the summary, the language its words are in and the dataset version that answered. Immutable.
/// </summary>
internal sealed record ListResult(ListTable Table, ListColumns Columns, IReadOnlyList<ListAnswer> Answers, ListSummary Summary, Http.ApiLanguage Language, long DatasetVersion)
{
    /// <summary>Row indexes in the order a person reads them: rows needing attention first (by reason), then the rest,
    /// each group in the file's order.</summary>
    public IEnumerable<int> AttentionFirst() =>
        Enumerable.Range(0, Answers.Count).Where(i => Answers[i].Attention != ListAttention.None).OrderBy(i => Answers[i].Attention)
            .Concat(Enumerable.Range(0, Answers.Count).Where(i => Answers[i].Attention == ListAttention.None));
}
