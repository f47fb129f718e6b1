using System.CommandLine;
using System.Globalization;
using System.Text;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;
using CoverageMap.Data.Geodata;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>evaluate-addresses</c>: the leave-one-out evaluation of the address answers over a points file (by default the
/// bundled address points) against the areas of a geodata folder: every point at least <c>--inside</c> metres inside an
/// area or <c>--outside</c> metres outside all is asked for by its own text with its building's points left out of the
/// gazetteer (<see cref="AddressEvaluation"/>). Prints, for inside and outside, exact / among several / wrong / none,
/// and the misses; writes a Markdown report with <c>--report</c>; with <c>--check</c> exits 1 when a target is missed
/// (exact ≥ 90 % inside, correct ≥ 95 % outside, wrong ≤ 2 %). Reads only; writes nothing but the report.
/// </summary>
internal static class EvaluateAddressesCommand
{
    public const double ExactInsideTarget = 0.90;
    public const double CorrectOutsideTarget = 0.95;
    public const double WrongTarget = 0.02;

    public static Command Create()
    {
        var geodata = CommonOptions.Geodata();
        var points = new Option<FileInfo?>("--points") { Description = "Address points (GeoJSON or CSV with address text); default: the bundled geodata/address-points/warsaw-address-points.geojson." };
        var network = new Option<FileInfo?>("--network") { Description = "Street lines; default: geodata/streets-skeleton-2026-12.geojson." };
        var inside = new Option<double>("--inside") { Description = "Judge points at least this far inside an area (metres).", DefaultValueFactory = _ => 100 };
        var outside = new Option<double>("--outside") { Description = "Judge points at least this far outside every area (metres).", DefaultValueFactory = _ => 300 };
        var misses = new Option<int>("--misses") { Description = "How many misses to print.", DefaultValueFactory = _ => 40 };
        var report = new Option<FileInfo?>("--report") { Description = "Write a Markdown report here (e.g. docs/address-evaluation.md)." };
        var check = new Option<bool>("--check") { Description = "Exit 1 when a target is missed." };
        var cmd = new Command("evaluate-addresses", "Leave-one-out evaluation of the address answers over real address points.")
            { geodata, points, network, inside, outside, misses, report, check };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = new GeodataFolder(parse.GetValue(geodata)!.FullName);
            var pointsPath = parse.GetValue(points)?.FullName ?? folder.AddressPointsPath;
            var started = DateTime.UtcNow;
            var data = GeodataAddressData.Load(folder, pointsPath, parse.GetValue(network)?.FullName);
            var (dataset, register, read, gazetteer) = (data.Dataset, data.Register, data.Read, data.Gazetteer);
            var index = new AreaIndex(dataset);
            var coverage = new StreetAreaCoverage(data.Network, dataset.Areas);
            var resolver = new AddressResolver(register, data.Rules, gazetteer, index, coverage, dataset);
            var cases = read.Where(r => r.Record.AddressText is not null && double.IsFinite(r.Record.Latitude) && double.IsFinite(r.Record.Longitude))
                .Select(r => new AddressEvaluationCase(r.Record.AddressText!, r.Record.Latitude, r.Record.Longitude));
            var result = AddressEvaluation.Run(resolver, gazetteer, register, index, cases, parse.GetValue(inside), parse.GetValue(outside));
            var seconds = (DateTime.UtcNow - started).TotalSeconds;

            var text = Format(result, pointsPath, gazetteer.Count, parse.GetValue(inside), parse.GetValue(outside), parse.GetValue(misses), seconds);
            await output.WriteAsync(text);
            if (parse.GetValue(report) is { } file)
            {
                var tmp = file.FullName + ".tmp";
                await File.WriteAllTextAsync(tmp, text, new UTF8Encoding(false), ct);
                File.Move(tmp, file.FullName, true);
            }
            bool met = result.Share(true, AddressEvaluationOutcome.Exact) >= ExactInsideTarget
                && result.Share(false, AddressEvaluationOutcome.Exact) >= CorrectOutsideTarget && result.WrongShare <= WrongTarget
                && result.Share(true, AddressEvaluationOutcome.Wrong) <= WrongTarget && result.Share(false, AddressEvaluationOutcome.Wrong) <= WrongTarget;
            return parse.GetValue(check) && !met ? 1 : 0;
        });
        return cmd;
    }

    /// <summary>The report as Markdown: the counts, the targets, and the misses (wrong first, then none).</summary>
    public static string Format(AddressEvaluationReport r, string pointsPath, int gazetteerPoints, double inside, double outside, int misses, double seconds)
    {
        var ci = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("# Address answers: leave-one-out evaluation").AppendLine();
        sb.AppendLine(ci, $"Points: `{Path.GetFileName(pointsPath)}` ({gazetteerPoints} in the gazetteer). Every point at least {inside} m inside an area or {outside} m outside all of them is asked for by its own text, with every point of its building (same street, same number) left out; {r.NearBorder} points nearer a border were not judged, nor {r.Inconsistent.Count} whose building has another point over {AddressEvaluation.DisagreementMetres} m away (the sources disagree on where it is, so the truth is in doubt; listed at the end). {seconds:0.0} s.");
        sb.AppendLine();
        sb.AppendLine("| | judged | exact | right among several | wrong | none |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (label, isInside) in new[] { ("inside an area", true), ("outside all areas", false) })
        {
            string Share(AddressEvaluationOutcome o) => string.Create(ci, $"{r.Count(isInside, o)} ({100 * r.Share(isInside, o):0.0} %)");
            sb.AppendLine(ci, $"| {label} | {r.Total(isInside)} | {Share(AddressEvaluationOutcome.Exact)} | {Share(AddressEvaluationOutcome.AmongSeveral)} | {Share(AddressEvaluationOutcome.Wrong)} | {Share(AddressEvaluationOutcome.None)} |");
        }
        sb.AppendLine();
        sb.AppendLine(ci, $"Targets: exact inside ≥ {ExactInsideTarget:P0} ({(r.Share(true, AddressEvaluationOutcome.Exact) >= ExactInsideTarget ? "met" : "missed")}), correct outside ≥ {CorrectOutsideTarget:P0} ({(r.Share(false, AddressEvaluationOutcome.Exact) >= CorrectOutsideTarget ? "met" : "missed")}), wrong ≤ {WrongTarget:P0} inside ({100 * r.Share(true, AddressEvaluationOutcome.Wrong):0.0} %: {(r.Share(true, AddressEvaluationOutcome.Wrong) <= WrongTarget ? "met" : "missed")}), outside ({100 * r.Share(false, AddressEvaluationOutcome.Wrong):0.00} %: {(r.Share(false, AddressEvaluationOutcome.Wrong) <= WrongTarget ? "met" : "missed")}) and overall ({100 * r.WrongShare:0.00} %: {(r.WrongShare <= WrongTarget ? "met" : "missed")}).");
        sb.AppendLine();
        sb.AppendLine("By basis of the answers judged:").AppendLine();
        foreach (var g in r.Results.GroupBy(x => (x.Inside, x.Answer.Basis)).OrderBy(g => !g.Key.Inside).ThenByDescending(g => g.Count()))
            sb.AppendLine(ci, $"- {(g.Key.Inside ? "inside" : "outside")}, {g.Key.Basis}: {g.Count()} ({g.Count(x => x.Outcome == AddressEvaluationOutcome.Exact)} exact, {g.Count(x => x.Outcome == AddressEvaluationOutcome.Wrong)} wrong)");
        sb.AppendLine();
        var missed = r.Results.Where(x => x.Outcome is AddressEvaluationOutcome.Wrong or AddressEvaluationOutcome.None || (x.Inside && x.Outcome == AddressEvaluationOutcome.AmongSeveral))
            .OrderBy(x => x.Inside ? 0 : 1).ThenBy(x => x.Outcome == AddressEvaluationOutcome.Wrong ? 0 : 1).ThenBy(x => x.Case.Text, StringComparer.Ordinal).ToList();
        sb.AppendLine(ci, $"## Misses ({missed.Count}; the first {Math.Min(misses, missed.Count)})").AppendLine();
        sb.AppendLine("Inside first (also those answered among several), then outside.").AppendLine();
        sb.AppendLine("| outcome | address | truth | answer | basis | note |");
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var m in missed.Take(misses))
            sb.AppendLine(ci, $"| {m.Outcome} | {Cell(m.Case.Text)} | {m.Expected ?? "none"} | {m.Answer.Status}: {string.Join(", ", m.Answer.Areas.Select(a => a.PartnershipId))} | {m.Answer.Basis} | {m.Answer.Note} |");
        sb.AppendLine().AppendLine(ci, $"## Not judged: the position is in doubt ({r.Inconsistent.Count})").AppendLine();
        foreach (var c in r.Inconsistent.Take(misses))
            sb.AppendLine(ci, $"- {c.Text} at {c.Latitude:F5}, {c.Longitude:F5}");
        return sb.ToString();

        static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
    }
}
