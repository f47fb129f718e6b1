namespace CoverageMap.Data.Importers;

/// <summary>
/// A file of text addresses the import cannot use as asked: <see cref="Problem"/> and its <see cref="Facts"/> for a
/// person's message in their language; <see cref="Exception.Message"/> is the English one, for logs. An
/// <see cref="IOException"/>, which the callers that import a folder's files already handle.
/// </summary>
public sealed class AddressFileException(AddressFileProblem problem, IReadOnlyList<string> facts, string message) : IOException(message)
{
    /// <summary>What is wrong.</summary>
    public AddressFileProblem Problem { get; } = problem;

    /// <summary>The facts <see cref="Problem"/> lists, in its order.</summary>
    public IReadOnlyList<string> Facts { get; } = facts;
}
