namespace CoverageMap.Data.Registry;

/// <summary>The registry file is malformed or breaks a rule; <see cref="Problems"/> lists every problem found.</summary>
public sealed class RegistryValidationException(string path, IReadOnlyList<string> problems)
    : Exception($"{path}: {problems.Count} problem(s) in the partnership registry:{Environment.NewLine}  - " + string.Join(Environment.NewLine + "  - ", problems))
{
    /// <summary>Every problem found, each naming the partnership and the field.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
