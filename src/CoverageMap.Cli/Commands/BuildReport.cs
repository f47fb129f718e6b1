using System.Text;
using CoverageMap.Cli.Localization;
using CoverageMap.Core.Building;
using CoverageMap.Core.Registry;
using CoverageMap.Server.Localization;
using Microsoft.Extensions.Localization;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// Writes <c>build-report.md</c> (Markdown) of an <see cref="AreaSetBuildResult"/> in the language of
/// <c>--lang</c>: the report's own words from the CLI's catalogue (<c>Report_*</c>), each diagnostic of the builder
/// in the editor's words (<see cref="BuildMessageText"/>), each set check in the console's
/// (<see cref="AreaSetFindingText"/>), numbers as the language writes them. The registry's own texts (source text,
/// note, a supplement's reason) are quoted as the registry has them. Stateless.
/// </summary>
internal static class BuildReport
{
    /// <summary>The report: per partnership its boundary and the registry's note on it, what was matched, bridged or missing, then the set checks.</summary>
    /// <param name="t">The CLI's catalogue in the language asked for.</param>
    /// <param name="words">The editor's catalogue in the same language (the current UI culture).</param>
    /// <param name="result">What the build gave.</param>
    /// <param name="registry">The partnerships, for their names and boundaries.</param>
    /// <param name="options">The options the build ran with.</param>
    /// <param name="command">The command line that ran it, recorded so the report can be reproduced.</param>
    public static string ToMarkdown(
        CliText t, IStringLocalizer<EditorCatalogue> words, AreaSetBuildResult result, PartnershipRegistry registry, AreaBuildOptions options, string command)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(registry);
        var sb = new StringBuilder();
        void Line(string text = "") => sb.Append(text).Append('\n');
        string Name(string? id) => id is null ? "" : registry.Find(id)?.Name ?? id;

        Line(t["Report_Title"]);
        Line();
        Line(t["Report_Network", result.NetworkSource]);
        Line(t["Report_Command", command]);
        Line(t["Report_Tolerances", options.GapToleranceMetres, options.DefaultAccuracyMetres]);
        if (result.Areas.Select(a => a.Provenance.BuiltAt).FirstOrDefault() is { } builtAt) Line(t["Report_BuiltAt", builtAt]);
        Line(t[result.Succeeded ? "Report_Succeeded" : "Report_Failed"]);
        Line();

        Line(t["Report_TableHeader"]);
        Line("|---|---|---:|---:|---|");
        foreach (var b in result.Builds)
        {
            Line(b.Area is { } a
                ? t["Report_RowBuilt", Name(b.PartnershipId), AreaSetChecks.AreaSquareMetres(a.Geometry) / 10_000,
                    a.Provenance.EstimatedAccuracyMetres, t[a.Provenance.Approximate ? "Report_Yes" : "Report_No"]]
                : t["Report_RowFailed", Name(b.PartnershipId)]);
        }

        foreach (var b in result.Builds)
        {
            var p = registry.Find(b.PartnershipId);
            Line();
            Line($"## {Name(b.PartnershipId)} (`{b.PartnershipId}`)");
            Line();
            if (p is not null)
            {
                Line(t["Report_Boundary", t["Report_Basis_" + p.Boundary.Basis], p.Boundary.SourceText]);
                Line();
                if (p.Boundary.Note is { Length: > 0 } note)
                {
                    Line(t["Report_RegistryNote", note]);
                    Line();
                }
            }
            if (b.Area is { } a)
            {
                Line(t["Report_StreetsMatched"]);
                Line();
                foreach (var m in a.Provenance.StreetsMatched)
                    Line(t[m.InSource ? "Report_StreetMatched" : "Report_SupplementMatched", m.Street, string.Join(", ", m.Matched)]);
                foreach (var s in a.Provenance.Supplements) Line(t["Report_Supplement", s]);
                foreach (var g in a.Provenance.GapsBridged)
                    Line(t["Report_GapBridged", g.FromStreet, g.ToStreet, g.LengthMetres, g.FromLat, g.FromLon, g.ToLat, g.ToLon]);
                if (b.Faces is { } faces) Line(t["Report_Faces", faces.Kept, faces.Formed, faces.DanglingEnds]);
            }
            foreach (var g in b.OpenGaps)
                Line(t["Report_OpenGap", g.FromStreet, g.ToStreet, g.LengthMetres, g.FromLat, g.FromLon, g.ToLat, g.ToLon]);
            if (b.Diagnostics.Count > 0)
            {
                Line();
                Line(t["Report_Diagnostics"]);
                Line();
                foreach (var d in b.Diagnostics)
                    Line($"- {Severity(t, d.Severity)} `{d.Code}`{(d.Street is null ? "" : $" ({d.Street})")}: {BuildMessageText.Diagnostic(words, d)}");
            }
        }

        Line();
        Line(t["Report_Checks"]);
        Line();
        if (result.Findings.Count == 0) Line(t["Report_NoFindings"]);
        foreach (var f in result.Findings)
            Line($"- {Severity(t, f.Severity)} `{f.Code}` {f.AreaId}{(f.OtherAreaId is null ? "" : " / " + f.OtherAreaId)}: {AreaSetFindingText.Sentence(t, f, Name)}");
        return sb.ToString();
    }

    private static string Severity(CliText t, FindingSeverity severity) => t["Report_Severity_" + severity];
}
