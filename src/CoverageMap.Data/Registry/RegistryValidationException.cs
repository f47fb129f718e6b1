using CoverageMap.Core.Problems;

namespace CoverageMap.Data.Registry;

/// <summary>
/// A registry file (partnerships or street rules) is malformed or breaks rules: <see cref="InputProblemException.Faults"/>
/// lists every one found, <see cref="Path"/> names the file.
/// </summary>
public sealed class RegistryValidationException(string path, IReadOnlyList<InputFault> problems, Exception? inner = null)
    : InputProblemException(problems, inner)
{
    /// <summary>The file as it was named to the reader.</summary>
    public string Path { get; } = path;

    /// <inheritdoc />
    public override string Message => $"{Path}: {base.Message}";
}
