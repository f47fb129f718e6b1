namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// A list that cannot be checked at all (not a CSV or XLSX file, malformed, over a limit, no address column): nothing is
/// written. The message is a sentence in the person's language saying what to do; <see cref="Columns"/> lists the
/// file's columns when the person has to choose the address column. Immutable.
/// </summary>
internal sealed class ListFileException(ListProblem problem, string message, IReadOnlyList<string>? columns = null) : Exception(message)
{
    public ListProblem Problem { get; } = problem;

    /// <summary>The file's column names, when the problem is that none was recognised as the address.</summary>
    public IReadOnlyList<string>? Columns { get; } = columns;
}
