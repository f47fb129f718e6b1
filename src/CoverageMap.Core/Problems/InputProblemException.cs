namespace CoverageMap.Core.Problems;

/// <summary>
/// An input that cannot be used as given, for a reason a person can fix: one <see cref="InputFault"/> or several
/// (<see cref="Faults"/>, e.g. every rule a registry file breaks). An <see cref="IOException"/> (as a malformed file is), which the
/// callers that read files already handle; <see cref="Exception.Message"/> is the codes and facts, for logs — a
/// person gets the catalogue's sentences.
/// </summary>
public class InputProblemException : IOException
{
    /// <summary>One fault.</summary>
    public InputProblemException(InputFault fault, Exception? inner = null) : this([fault], inner) { }

    /// <summary>One fault of <paramref name="problem"/> with its facts in order.</summary>
    public InputProblemException(InputProblem problem, params string?[] facts) : this(InputFault.Of(problem, facts)) { }

    /// <summary>Several faults of one input (at least one).</summary>
    public InputProblemException(IReadOnlyList<InputFault> faults, Exception? inner = null)
        : base(string.Join(" | ", faults), inner)
    {
        if (faults.Count == 0) throw new ArgumentException("An input problem has at least one fault.", nameof(faults));
        Faults = faults;
    }

    /// <summary>Every fault found, at least one.</summary>
    public IReadOnlyList<InputFault> Faults { get; }

    /// <summary>The first fault (the only one, mostly).</summary>
    public InputFault Fault => Faults[0];
}
