namespace CoverageMap.Core.Problems;

/// <summary>
/// One thing wrong with an input a person gave (a file, a command-line value): <see cref="Problem"/>, the code, and
/// <see cref="Facts"/>, the values its sentence names in the order its member's documentation lists them. A code and
/// facts, never a sentence: the CLI and the server say it in the language asked for, from one catalogue
/// (<c>InputProblems.resx</c> of the server). <see cref="ToString"/> is the code and facts, for logs and tests.
/// </summary>
public sealed record InputFault(InputProblem Problem, IReadOnlyList<string> Facts)
{
    /// <summary>A fault with its facts given in order.</summary>
    public static InputFault Of(InputProblem problem, params string?[] facts) => new(problem, [.. facts.Select(f => f ?? "")]);

    /// <summary>The same problem with the same facts.</summary>
    public bool Equals(InputFault? other) => other is not null && Problem == other.Problem && Facts.SequenceEqual(other.Facts);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Problem, Facts.Count, Facts.Count > 0 ? Facts[0] : null);

    /// <summary><c>Problem: fact; fact</c>.</summary>
    public override string ToString() => Facts.Count == 0 ? Problem.ToString() : $"{Problem}: {string.Join("; ", Facts)}";
}
