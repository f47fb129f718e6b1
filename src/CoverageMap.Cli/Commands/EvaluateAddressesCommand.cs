using System.CommandLine;
using System.Globalization;
using System.Text;
using CoverageMap.Cli.Localization;
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

    public static Command Create(CliText t)
    {
        var geodata = CommonOptions.Geodata(t);
        var points = new Option<FileInfo?>("--points") { Description = t["EvalPointsOption"] };
        var network = new Option<FileInfo?>("--network") { Description = t["EvalNetworkOption"] };
        var inside = CommonOptions.Metres("--inside", t["EvalInsideOption"], 100);
        var outside = CommonOptions.Metres("--outside", t["EvalOutsideOption"], 300);
        var misses = new Option<int>("--misses") { Description = t["EvalMissesOption"], DefaultValueFactory = _ => 40 };
        var report = new Option<FileInfo?>("--report") { Description = t["EvalReportOption"] };
        var check = new Option<bool>("--check") { Description = t["EvalCheckOption"] };
        var cmd = new Command("evaluate-addresses", t["EvalDescription"])
            { geodata, points, network, inside, outside, misses, report, check };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var folder = new GeodataFolder(parse.GetValue(geodata)!.FullName);
            var pointsPath = parse.GetValue(points)?.FullName ?? folder.AddressPointsPath;
            var started = DateTime.UtcNow;
            var data = GeodataAddressData.Load(folder, t, pointsPath, parse.GetValue(network)?.FullName);
            var (dataset, register, read, gazetteer) = (data.Dataset, data.Register, data.Read, data.Gazetteer);
            var index = new AreaIndex(dataset);
            var coverage = new StreetAreaCoverage(data.Network, dataset.Areas);
            var resolver = new AddressResolver(register, data.Rules, gazetteer, index, coverage, dataset);
            var cases = read.Where(r => r.Record.AddressText is not null && double.IsFinite(r.Record.Latitude) && double.IsFinite(r.Record.Longitude))
                .Select(r => new AddressEvaluationCase(r.Record.AddressText!, r.Record.Latitude, r.Record.Longitude));
            var result = AddressEvaluation.Run(resolver, gazetteer, register, index, cases, parse.GetValue(inside), parse.GetValue(outside));
            var seconds = (DateTime.UtcNow - started).TotalSeconds;

            var names = dataset.Partnerships.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
            var text = Format(t, result, id => names.GetValueOrDefault(id, id), pointsPath, gazetteer.Count, parse.GetValue(inside), parse.GetValue(outside), parse.GetValue(misses), seconds);
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

    /// <summary>The report as Markdown: the counts, the targets, and the misses (wrong first, then none); partnerships by name.</summary>
    public static string Format(CliText t, AddressEvaluationReport r, Func<string, string> name, string pointsPath, int gazetteerPoints, double inside, double outside,
        int misses, double seconds)
    {
        var ci = t.Culture;
        string Percent(double share, string format = "0.0") => (100 * share).ToString(format, ci) + " %";
        string Met(bool met) => t[met ? "EvalMet" : "EvalMissed"];
        var sb = new StringBuilder();
        sb.AppendLine(t["EvalTitle"]).AppendLine();
        sb.AppendLine(t["EvalIntro", Path.GetFileName(pointsPath), t.Count("GazetteerPoints", gazetteerPoints), inside, outside, t.Count("Points", r.NearBorder),
            t.Number(r.Inconsistent.Count), AddressEvaluation.DisagreementMetres, seconds.ToString("0.0", ci)]);
        sb.AppendLine();
        sb.AppendLine(t["EvalTableHeader"]);
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (label, isInside) in new[] { (t["EvalInsideArea"], true), (t["EvalOutsideAreas"], false) })
        {
            string Share(AddressEvaluationOutcome o) => $"{t.Number(r.Count(isInside, o))} ({Percent(r.Share(isInside, o))})";
            sb.AppendLine($"| {label} | {t.Number(r.Total(isInside))} | {Share(AddressEvaluationOutcome.Exact)} | {Share(AddressEvaluationOutcome.AmongSeveral)} | {Share(AddressEvaluationOutcome.Wrong)} | {Share(AddressEvaluationOutcome.None)} |");
        }
        sb.AppendLine();
        sb.AppendLine(t["EvalTargets", Percent(ExactInsideTarget, "0"), Met(r.Share(true, AddressEvaluationOutcome.Exact) >= ExactInsideTarget),
            Percent(CorrectOutsideTarget, "0"), Met(r.Share(false, AddressEvaluationOutcome.Exact) >= CorrectOutsideTarget),
            Percent(WrongTarget, "0"), Percent(r.Share(true, AddressEvaluationOutcome.Wrong)), Met(r.Share(true, AddressEvaluationOutcome.Wrong) <= WrongTarget),
            Percent(r.Share(false, AddressEvaluationOutcome.Wrong), "0.00"), Met(r.Share(false, AddressEvaluationOutcome.Wrong) <= WrongTarget),
            Percent(r.WrongShare, "0.00"), Met(r.WrongShare <= WrongTarget)]);
        sb.AppendLine();
        sb.AppendLine(t["EvalByBasis"]).AppendLine();
        foreach (var g in r.Results.GroupBy(x => (x.Inside, x.Answer.Basis)).OrderBy(g => !g.Key.Inside).ThenByDescending(g => g.Count()))
            sb.AppendLine(t["EvalBasisLine", t[g.Key.Inside ? "EvalInside" : "EvalOutside"], g.Key.Basis, t.Number(g.Count()),
                t.Number(g.Count(x => x.Outcome == AddressEvaluationOutcome.Exact)), t.Number(g.Count(x => x.Outcome == AddressEvaluationOutcome.Wrong))]);
        sb.AppendLine();
        var missed = r.Results.Where(x => x.Outcome is AddressEvaluationOutcome.Wrong or AddressEvaluationOutcome.None || (x.Inside && x.Outcome == AddressEvaluationOutcome.AmongSeveral))
            .OrderBy(x => x.Inside ? 0 : 1).ThenBy(x => x.Outcome == AddressEvaluationOutcome.Wrong ? 0 : 1).ThenBy(x => x.Case.Text, StringComparer.Ordinal).ToList();
        sb.AppendLine(t["EvalMissesTitle", t.Number(missed.Count), t.Number(Math.Min(misses, missed.Count))]).AppendLine();
        sb.AppendLine(t["EvalMissesOrder"]).AppendLine();
        sb.AppendLine(t["EvalMissesHeader"]);
        sb.AppendLine("|---|---|---|---|---|---|");
        foreach (var m in missed.Take(misses))
            sb.AppendLine($"| {t["EvalOutcome" + m.Outcome]} | {Cell(m.Case.Text)} | {(m.Expected is { } e ? name(e) : t["EvalNone"])} | {m.Answer.Status}: {string.Join(", ", m.Answer.Areas.Select(a => name(a.PartnershipId)))} | {m.Answer.Basis} | {m.Answer.Note} |");
        sb.AppendLine().AppendLine(t["EvalDoubtTitle", t.Number(r.Inconsistent.Count)]).AppendLine();
        foreach (var c in r.Inconsistent.Take(misses))
            sb.AppendLine(t["EvalDoubtLine", c.Text, c.Latitude.ToString("F5", CultureInfo.InvariantCulture), c.Longitude.ToString("F5", CultureInfo.InvariantCulture)]);
        return sb.ToString();

        static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
    }
}
