using System.CommandLine;
using CoverageMap.Cli.Localization;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Rules;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Registry;
using CoverageMap.Data.Rules;
using CoverageMap.Data.Store;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// <c>check-rules</c>: checks the geodata folder's street rules with <see cref="StreetRuleChecker"/> — rules against
/// each other, against the registry's partnerships, and against the gazetteer's address points located in the areas
/// of the store's active dataset (the folder's areas.geojson when the store has none). Exit 1 on any conflict.
/// </summary>
internal static class CheckRulesCommand
{
    public static Command Create(CliText t)
    {
        var db = CommonOptions.Database(t);
        var pg = CommonOptions.Postgres(t);
        var geodata = CommonOptions.Geodata(t);
        var cmd = new Command("check-rules", t["CheckRulesDescription"]) { db, pg, geodata };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var folder = new GeodataFolder(parse.GetValue(geodata)!.FullName);
            var rulesPath = Path.Combine(folder.Path, StreetRulesFile.FileName);
            InputFiles.Require(t, folder.RegistryPath);
            StreetRuleSet rules;
            Core.Registry.PartnershipRegistry registry;
            try
            {
                registry = PartnershipRegistryFile.Load(folder.RegistryPath);
                // Unknown partnerships are reported with the other conflicts, so the file is read without the registry.
                rules = File.Exists(rulesPath) ? StreetRulesFile.Load(rulesPath, null) : StreetRuleSet.Empty;
            }
            catch (Exception e) when (e is InputProblemException or IOException)
            {
                await error.WriteLineAsync(CliProblems.Text(t, e));
                return 2;
            }

            await using var access = await StoreAccess.ForWriteAsync(StoreLocation.From(parse, db, pg), ct);
            var options = access.Options;
            var store = new DatasetStore(options);
            var dataset = await store.LoadActiveAsync(ct);
            var areasFrom = t["CheckRulesAreasFromStore"];
            if (dataset is null)
            {
                dataset = folder.LoadDataset();
                areasFrom = t["CheckRulesAreasFromFolder", folder.AreasPath];
            }
            AddressGazetteer gazetteer = await new AddressPointStore(options).LoadGazetteerAsync(ct);

            var names = registry.Partnerships.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
            string Name(string id) => names.TryGetValue(id, out var n) ? n : t["UnknownPartnership", id];
            var conflicts = StreetRuleChecker.Check(rules, registry.Partnerships.Select(p => p.Id).ToList(), gazetteer, new AreaIndex(dataset));

            await output.WriteLineAsync(t["CheckRulesRead", t.Count("StreetRules", rules.Rules.Count), rulesPath, t.Count("Partnerships", registry.Partnerships.Count),
                t.Count("Areas", dataset.Areas.Count), areasFrom, t.Count("AddressPoints", gazetteer.Points.Count())]);
            if (conflicts.Count == 0)
            {
                await output.WriteLineAsync(t["CheckRulesNone"]);
                return 0;
            }
            foreach (var group in conflicts.GroupBy(c => c.Kind))
            {
                await output.WriteLineAsync($"{t["RuleConflict" + group.Key]}: {t.Number(group.Count())}");
                foreach (var c in group) await output.WriteLineAsync("  - " + Describe(t, c, Name));
            }
            await output.WriteLineAsync(t["CheckRulesConflicts", t.Count("Conflicts", conflicts.Count), StreetRulesFile.FileName]);
            return 1;
        });
        return cmd;
    }

    /// <summary>One conflict for a person: partnerships by name, the rule's street and range.</summary>
    private static string Describe(CliText t, RuleConflict c, Func<string, string> name)
    {
        var r = c.Rule;
        return c.Kind switch
        {
            RuleConflictKind.UnknownPartnership => t["ConflictUnknownPartnership", r.Id, r.Street, Range(t, r), r.PartnershipId],
            RuleConflictKind.OverlappingRules => t["ConflictOverlapping", r.Street, r.Id, Range(t, r), name(r.PartnershipId),
                c.OtherRule!.Id, Range(t, c.OtherRule), name(c.OtherRule.PartnershipId)],
            _ => t["ConflictAgainstArea", c.Point!.StreetName, c.Point.HouseNumberText, c.Point.Source, c.Point.SourceId,
                string.Join(", ", c.AreaPartnerships.Select(name)), r.Id, name(r.PartnershipId)],
        };
    }

    /// <summary>A rule's numbers: <c>1–27 nieparzyste</c>, <c>od 30 do końca</c>.</summary>
    private static string Range(CliText t, StreetRule r)
    {
        var range = r.To is { } to ? t["RuleRange", r.From, to] : t["RuleRangeToEnd", r.From];
        return r.Parity == NumberParity.All ? range : t["RuleRange" + r.Parity, range];
    }
}
