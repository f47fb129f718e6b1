using CoverageMap.Cli.Localization;
using CoverageMap.Core.Areas;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// How <c>import</c> and <c>import-areas</c> print what an import of a dataset version did (or would do) against the
/// active version: the partnerships added, changed, removed and unchanged, by name. Stateless.
/// </summary>
internal static class DatasetImportText
{
    /// <summary>The four lines of changes; names from <paramref name="datasets"/> (the new version first, then the active one).</summary>
    public static IEnumerable<string> Changes(CliText t, ImportReport report, params Dataset?[] datasets)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in datasets.Where(d => d is not null).SelectMany(d => d!.Partnerships)) names.TryAdd(p.Id, p.Name);
        string Names(IReadOnlyList<string> ids) => CliText.List(ids.Select(id => names.GetValueOrDefault(id, id)));
        yield return t["ReportAdded", Names(report.Added)];
        yield return t["ReportChanged", Names(report.Changed)];
        yield return t["ReportRemoved", Names(report.Removed)];
        yield return t["ReportSame", Names(report.Same)];
    }
}
