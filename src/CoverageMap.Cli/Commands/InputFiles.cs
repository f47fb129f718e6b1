using CoverageMap.Cli.Localization;

namespace CoverageMap.Cli.Commands;

/// <summary>The files a command reads, checked before it starts so a missing one is named in the language asked for. Stateless.</summary>
internal static class InputFiles
{
    /// <summary>Throws for the first of <paramref name="paths"/> that is not a file.</summary>
    /// <exception cref="CliInputException">A file is missing.</exception>
    public static void Require(CliText t, params string[] paths)
    {
        foreach (var path in paths)
            if (!File.Exists(path)) throw new CliInputException(t["NoSuchFile", path]);
    }
}
