using System.Globalization;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Building;
using Microsoft.Extensions.Localization;

namespace CoverageMap.Server.Localization;

/// <summary>
/// What a build of one area has to say, in the editor's catalogue (<see cref="EditorCatalogue"/>, the current UI
/// culture): each open gap, each bridged gap, each error and warning of the builder, from its code and street. One
/// wording for the editor and <c>coveragemap build-areas</c>. Stateless; thread-safe as the localizer is.
/// </summary>
internal static class BuildMessageText
{
    /// <summary>The messages of <paramref name="result"/>; <paramref name="built"/> is the area it gave, if any (its bridged gaps).</summary>
    public static IEnumerable<(string Code, FindingSeverity Severity, string? Street, string Message)> Messages(
        IStringLocalizer<EditorCatalogue> text, AreaBuildResult result, Area? built)
    {
        foreach (var g in result.OpenGaps)
            yield return ("ring-open", FindingSeverity.Error, g.FromStreet, text["Diag_ring-open", g.FromStreet, Metres(g.LengthMetres), g.ToStreet].Value);
        foreach (var g in built?.Provenance.GapsBridged ?? [])
            yield return ("gap-bridged", FindingSeverity.Warning, g.FromStreet, text["Diag_gap-bridged", g.FromStreet, Metres(g.LengthMetres), g.ToStreet].Value);
        foreach (var d in result.Diagnostics)
        {
            if (d.Code is "ring-open" or "gap-bridged" || d.Severity == FindingSeverity.Info) continue;
            var known = text["Diag_" + d.Code];
            var message = known.ResourceNotFound ? text["Diag_other", d.Code].Value : text["Diag_" + d.Code, d.Street ?? ""].Value;
            yield return (d.Code, d.Severity, d.Street, message);
        }
    }

    private static string Metres(double metres) => Math.Ceiling(metres).ToString("0", CultureInfo.CurrentCulture);
}
