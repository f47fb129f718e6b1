namespace CoverageMap.Cli.Commands;

/// <summary>Bad input a person can fix (a missing file, a store that cannot be used as asked): one line on stderr, exit code 2.</summary>
internal sealed class CliInputException(string message) : Exception(message);
