using System.CommandLine;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;
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
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var pg = CommonOptions.Postgres();
        var geodata = CommonOptions.Geodata();
        var cmd = new Command("check-rules", "Check the street rules against each other, the registry, the areas and the address points; exit 1 on conflicts.") { db, pg, geodata };
        cmd.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var folder = new GeodataFolder(parse.GetValue(geodata)!.FullName);
            var rulesPath = Path.Combine(folder.Path, StreetRulesFile.FileName);
            StreetRuleSet rules;
            Core.Registry.PartnershipRegistry registry;
            try
            {
                registry = PartnershipRegistryFile.Load(folder.RegistryPath);
                // Unknown partnerships are reported with the other conflicts, so the file is read without the registry.
                rules = File.Exists(rulesPath) ? StreetRulesFile.Load(rulesPath, null) : StreetRuleSet.Empty;
            }
            catch (Exception e) when (e is RegistryValidationException or IOException)
            {
                await error.WriteLineAsync(e.Message);
                return 2;
            }

            await using var access = await StoreAccess.ForWriteAsync(StoreLocation.From(parse, db, pg), ct);
            var options = access.Options;
            var store = new DatasetStore(options);
            var dataset = await store.LoadActiveAsync(ct);
            var areasFrom = "the store's active dataset";
            if (dataset is null)
            {
                dataset = folder.LoadDataset();
                areasFrom = $"{folder.AreasPath} (the store has no active dataset)";
            }
            AddressGazetteer gazetteer = await new AddressPointStore(options).LoadGazetteerAsync(ct);

            var conflicts = StreetRuleChecker.Check(rules, registry.Partnerships.Select(p => p.Id).ToList(), gazetteer, new AreaIndex(dataset));

            await output.WriteLineAsync($"{rules.Rules.Count} street rules from {rulesPath}; {registry.Partnerships.Count} partnerships; " +
                $"{dataset.Areas.Count} areas from {areasFrom}; {gazetteer.Points.Count()} address points.");
            if (conflicts.Count == 0)
            {
                await output.WriteLineAsync("No conflicts.");
                return 0;
            }
            foreach (var group in conflicts.GroupBy(c => c.Kind))
            {
                await output.WriteLineAsync($"{Title(group.Key)}: {group.Count()}");
                foreach (var c in group) await output.WriteLineAsync($"  - {c.Message}");
            }
            await output.WriteLineAsync($"{conflicts.Count} conflict(s): fix {StreetRulesFile.FileName} (or the areas) and check again.");
            return 1;
        });
        return cmd;
    }

    private static string Title(RuleConflictKind kind) => kind switch
    {
        RuleConflictKind.OverlappingRules => "Rules that overlap and name different partnerships",
        RuleConflictKind.UnknownPartnership => "Rules naming a partnership the registry lacks",
        RuleConflictKind.RuleAgainstArea => "Address points inside one area but ruled to another partnership",
        _ => kind.ToString(),
    };
}
