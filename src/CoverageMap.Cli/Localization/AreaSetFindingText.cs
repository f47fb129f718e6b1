using CoverageMap.Core.Building;

namespace CoverageMap.Cli.Localization;

/// <summary>
/// A finding of the area-set checks in the CLI's catalogue (<c>BuildCheck_</c> + <see cref="AreaSetFinding.Code"/>):
/// <c>{0}</c> the area's partnership by name, <c>{1}</c> the other's (overlaps), then the facts, numbers as the
/// language writes them. Stateless.
/// </summary>
internal static class AreaSetFindingText
{
    /// <summary>The sentence of <paramref name="finding"/>; <paramref name="name"/> gives a partnership's name from its id.</summary>
    public static string Sentence(CliText t, AreaSetFinding finding, Func<string?, string> name)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return t["BuildCheck_" + finding.Code, [name(finding.AreaId), name(finding.OtherAreaId), .. finding.Facts]];
    }
}
