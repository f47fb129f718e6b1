using System.Globalization;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Building;
using Microsoft.Extensions.Localization;

namespace CoverageMap.Server.Localization;

/// <summary>
/// What a build of one area has to say, in the editor's catalogue (<see cref="EditorCatalogue"/>, the current UI
/// culture): each open gap, each bridged gap, each diagnostic of the builder, from its code and facts
/// (<c>Diag_</c> + <see cref="BuildDiagnostic.Code"/>), numbers as the language writes them. One wording for the
/// editor, the console of <c>coveragemap build-areas</c> and its <c>build-report.md</c>. Stateless; thread-safe as the
/// localizer is.
/// </summary>
internal static class BuildMessageText
{
    /// <summary>The editor's messages of <paramref name="result"/> (errors and warnings; the decisions of a build that
    /// went well are left out); <paramref name="built"/> is the area it gave, if any (its bridged gaps).</summary>
    public static IEnumerable<(string Code, FindingSeverity Severity, string? Street, string Message)> Messages(
        IStringLocalizer<EditorCatalogue> text, AreaBuildResult result, Area? built)
    {
        foreach (var g in result.OpenGaps)
            yield return (BuildDiagnosticCodes.RingOpen, FindingSeverity.Error, g.FromStreet, Gap(text, BuildDiagnosticCodes.RingOpen, g.FromStreet, g.LengthMetres, g.ToStreet));
        foreach (var g in built?.Provenance.GapsBridged ?? [])
            yield return (BuildDiagnosticCodes.GapBridged, FindingSeverity.Warning, g.FromStreet, Gap(text, BuildDiagnosticCodes.GapBridged, g.FromStreet, g.LengthMetres, g.ToStreet));
        foreach (var d in result.Diagnostics)
        {
            if (d.Code is BuildDiagnosticCodes.RingOpen or BuildDiagnosticCodes.GapBridged || d.Severity == FindingSeverity.Info) continue;
            yield return (d.Code, d.Severity, d.Street, Diagnostic(text, d));
        }
    }

    /// <summary>The sentence of one diagnostic, its facts filled in; a code the catalogue lacks is named as such.</summary>
    public static string Diagnostic(IStringLocalizer<EditorCatalogue> text, BuildDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var f = diagnostic.Facts;
        switch (diagnostic.Code)
        {
            case BuildDiagnosticCodes.RingOpen or BuildDiagnosticCodes.GapBridged when f.Count >= 3:
                return Gap(text, diagnostic.Code, (string)f[0], Convert.ToDouble(f[1], CultureInfo.InvariantCulture), (string)f[2]);
            case BuildDiagnosticCodes.FacesKept when f.Count >= 3 && f[2] is IReadOnlyList<string> { Count: > 0 } crossing:
                return Format(text, "Diag_" + diagnostic.Code, f) + " " + Format(text, "Diag_faces-kept-crossing", [crossing]);
        }
        var known = text["Diag_" + diagnostic.Code];
        return known.ResourceNotFound ? text["Diag_other", diagnostic.Code].Value : Format(text, "Diag_" + diagnostic.Code, f);
    }

    /// <summary>The sentence of a gap (open or bridged), its length rounded up to whole metres: the tolerance that bridges it.</summary>
    private static string Gap(IStringLocalizer<EditorCatalogue> text, string code, string from, double metres, string to) =>
        Format(text, "Diag_" + code, [from, Math.Ceiling(metres), to]);

    /// <summary>The catalogue's sentence with the facts in the UI culture: lists of names joined with commas (a dash
    /// when empty), lists of numbers with plus signs (two decimals), other values by the sentence's own format.</summary>
    private static string Format(IStringLocalizer<EditorCatalogue> text, string key, IReadOnlyList<object> facts)
    {
        var culture = CultureInfo.CurrentUICulture;
        var args = facts.Select(fact => fact switch
        {
            IReadOnlyList<string> names => names.Count == 0 ? "—" : string.Join(", ", names),
            IReadOnlyList<double> numbers => string.Join(" + ", numbers.Select(n => n.ToString("0.00", culture))),
            _ => fact,
        }).ToArray();
        return string.Format(culture, text[key].Value, args);
    }
}
