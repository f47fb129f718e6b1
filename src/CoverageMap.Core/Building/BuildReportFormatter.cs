using System.Globalization;
using System.Text;
using CoverageMap.Core.Registry;

namespace CoverageMap.Core.Building;

/// <summary>Writes the human-readable build report (Markdown) of an <see cref="AreaSetBuildResult"/>. Stateless.</summary>
public static class BuildReportFormatter
{
    /// <summary>The report: per partnership its boundary and the registry's note on it, what was matched, bridged or missing, then the set checks.</summary>
    public static string ToMarkdown(AreaSetBuildResult result, PartnershipRegistry registry, AreaBuildOptions options, string command)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(registry);
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append("# Area build report\n\n");
        sb.Append(inv, $"- network: {result.NetworkSource}\n");
        sb.Append(inv, $"- command: `{command}`\n");
        sb.Append(inv, $"- gap tolerance: {options.GapToleranceMetres:0.#} m; accuracy assumed where the network gives none: {options.DefaultAccuracyMetres:0.#} m\n");
        var builtAt = result.Areas.Select(a => a.Provenance.BuiltAt).FirstOrDefault();
        if (builtAt is not null) sb.Append(inv, $"- built at: {builtAt}\n");
        sb.Append(inv, $"- result: {(result.Succeeded ? "all areas built and all checks passed" : "FAILED (see below)")}\n\n");

        sb.Append("| partnership | result | area (ha) | accuracy (m) | approximate |\n|---|---|---:|---:|---|\n");
        foreach (var b in result.Builds)
        {
            var name = registry.Find(b.PartnershipId)?.Name ?? b.PartnershipId;
            if (b.Area is { } a)
                sb.Append(inv, $"| {name} | built | {AreaSetChecks.AreaSquareMetres(a.Geometry) / 10_000:0.0} | {a.Provenance.EstimatedAccuracyMetres:0} | {(a.Provenance.Approximate ? "yes" : "no")} |\n");
            else
                sb.Append(inv, $"| {name} | **failed** | | | |\n");
        }

        foreach (var b in result.Builds)
        {
            var p = registry.Find(b.PartnershipId);
            sb.Append(inv, $"\n## {p?.Name ?? b.PartnershipId} (`{b.PartnershipId}`)\n\n");
            if (p is not null)
            {
                sb.Append(inv, $"Boundary ({p.Boundary.Basis}): „{p.Boundary.SourceText}”\n\n");
                if (p.Boundary.Note is { Length: > 0 } note) sb.Append(inv, $"Registry note: {note}\n\n");
            }
            if (b.Area is { } a)
            {
                sb.Append("Streets matched:\n\n");
                foreach (var m in a.Provenance.StreetsMatched)
                    sb.Append(inv, $"- {m.Street}{(m.InSource ? "" : " (supplement)")} → {string.Join(", ", m.Matched)}\n");
                foreach (var s in a.Provenance.Supplements) sb.Append(inv, $"- supplement: {s}\n");
                foreach (var g in a.Provenance.GapsBridged)
                    sb.Append(inv, $"- gap bridged between {g.FromStreet} and {g.ToStreet}: {g.LengthMetres:0.0} m from ({g.FromLat:0.000000}, {g.FromLon:0.000000}) to ({g.ToLat:0.000000}, {g.ToLon:0.000000})\n");
                foreach (var n in a.Provenance.Notes.Where(n => b.Diagnostics.All(d => d.Message != n))) sb.Append(inv, $"- note: {n}\n");
            }
            foreach (var g in b.OpenGaps)
                sb.Append(inv, $"- **open gap** between {g.FromStreet} and {g.ToStreet}: {g.LengthMetres:0.0} m from ({g.FromLat:0.000000}, {g.FromLon:0.000000}) to ({g.ToLat:0.000000}, {g.ToLon:0.000000})\n");
            if (b.Diagnostics.Count > 0)
            {
                sb.Append("\nDiagnostics:\n\n");
                foreach (var d in b.Diagnostics)
                    sb.Append(inv, $"- {d.Severity.ToString().ToLowerInvariant()} `{d.Code}`{(d.Street is null ? "" : $" ({d.Street})")}: {d.Message}\n");
            }
        }

        sb.Append("\n## Checks\n\n");
        if (result.Findings.Count == 0) sb.Append("No findings.\n");
        foreach (var f in result.Findings)
            sb.Append(inv, $"- {f.Severity.ToString().ToLowerInvariant()} `{f.Check}` {f.AreaId}{(f.OtherAreaId is null ? "" : " / " + f.OtherAreaId)}: {f.Message}\n");
        return sb.ToString();
    }
}
