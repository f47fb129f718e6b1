namespace CoverageMap.Server.Datasets;

/// <summary>
/// What the start-up check of the geodata folder found: the problems that kept it from being imported (empty when it
/// was valid or not checked), shown on <c>/healthz</c>. Thread-safe: the list is replaced whole.
/// </summary>
public sealed class GeodataHealth
{
    private IReadOnlyList<string> _problems = [];

    /// <summary>Why the geodata folder was not imported at start; empty when it was (or when there is none).</summary>
    public IReadOnlyList<string> Problems => Volatile.Read(ref _problems);

    /// <summary>Records the problems of the last check.</summary>
    public void Report(IReadOnlyList<string> problems) => Volatile.Write(ref _problems, problems);
}
