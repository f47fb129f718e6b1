using CoverageMap.Core.Problems;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;

namespace CoverageMap.Server.Datasets;

/// <summary>
/// Why the geodata folder was not imported at start, for <c>/healthz</c>: kept as the exception, worded per request in the
/// language it asks for (<see cref="InputProblemText"/>), with the folder's absolute path replaced by <c>geodata</c> —
/// /healthz shows no machine paths. Thread-safe.
/// </summary>
public sealed class GeodataHealth
{
    private volatile Finding? _last;

    /// <summary>Records the problem of the last check; null when the folder was imported (or there is none).</summary>
    public void Report(Exception? problem, string folder) => _last = problem is null ? null : new Finding(problem, folder);

    /// <summary>The problems of the last check in <paramref name="lang"/>; empty when there were none.</summary>
    internal IReadOnlyList<string> Problems(ApiLanguage lang)
    {
        if (_last is not { } l) return [];
        var lines = l.Problem is InputProblemException p ? InputProblemText.Lines(lang, p) : [l.Problem.Message];
        return [.. lines.Select(m => WithoutPaths(m, l.Folder))];
    }

    private sealed record Finding(Exception Problem, string Folder);

    /// <summary>The message with the folder's absolute path replaced by <c>geodata</c>.</summary>
    private static string WithoutPaths(string message, string folder) =>
        message.Replace(folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(folder, "geodata", StringComparison.Ordinal);
}
