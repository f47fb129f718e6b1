using System.Text.Json;
using System.Text.RegularExpressions;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Registry;

namespace CoverageMap.Data.Registry;

using P = InputProblem;

/// <summary>
/// Reads and validates <c>geodata/partnerships.json</c>. Stateless and thread-safe.
/// </summary>
public static partial class PartnershipRegistryFile
{
    /// <summary>The registry's file name inside the geodata folder.</summary>
    public const string FileName = "partnerships.json";

    private static readonly string[] Bases = ["source", "msi"];
    private static readonly string[] ExtraRules = ["inside", "union"];

    /// <summary>Loads and validates the registry; throws <see cref="RegistryValidationException"/> listing every problem.</summary>
    public static PartnershipRegistry Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    /// <summary>Parses and validates a registry from a stream; <paramref name="name"/> names it in messages.</summary>
    public static PartnershipRegistry Parse(Stream stream, string name)
    {
        PartnershipRegistry? registry;
        try
        {
            registry = JsonSerializer.Deserialize<PartnershipRegistry>(stream, RegistryJson.Options);
        }
        catch (JsonException ex)
        {
            throw new RegistryValidationException(name, [Fault(P.RegistryNotJson, JsonPosition.Line(ex), JsonPosition.Character(ex))], ex);
        }

        if (registry is null) throw new RegistryValidationException(name, [Fault(P.RegistryEmpty)]);
        var problems = Validate(registry);
        if (problems.Count > 0) throw new RegistryValidationException(name, problems);
        return registry;
    }

    /// <summary>Every rule the registry breaks (codes and facts); empty when it is valid.</summary>
    public static IReadOnlyList<InputFault> Validate(PartnershipRegistry registry)
    {
        var problems = new List<InputFault>();
        if (registry.Schema != 1) problems.Add(Fault(P.RegistrySchema, Number(registry.Schema), "1"));
        var sourceIds = new HashSet<string>(registry.Sources?.Select(s => s.Id) ?? [], StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (registry.Partnerships is null || registry.Partnerships.Count == 0) problems.Add(Fault(P.RegistryNoPartnerships));
        foreach (var (p, i) in (registry.Partnerships ?? []).Select((p, i) => (p, i)))
        {
            void Add(InputProblem problem, params string?[] facts) => problems.Add(Fault(problem, [Number(i + 1), p.Id, .. facts]));
            if (string.IsNullOrWhiteSpace(p.Id) || !SlugPattern().IsMatch(p.Id)) Add(P.RegistryIdNotSlug);
            else if (!ids.Add(p.Id)) Add(P.RegistryIdTwice);
            if (string.IsNullOrWhiteSpace(p.Name)) Add(P.RegistryFieldEmpty, "name");
            if (string.IsNullOrWhiteSpace(p.District)) Add(P.RegistryFieldEmpty, "district");
            if (string.IsNullOrWhiteSpace(p.Description)) Add(P.RegistryFieldEmpty, "description");
            if (p.Founded is null || !FoundedPattern().IsMatch(p.Founded)) Add(P.RegistryFounded, p.Founded);
            if (!sourceIds.Contains(p.Source ?? "")) Add(P.RegistryUnknownSource, p.Source);
            foreach (var f in p.FormerNames ?? [])
                if (f.To is { } to && to < f.From) Add(P.RegistryFormerNameYears, f.Name, Number(to), Number(f.From));
            var b = p.Boundary;
            if (b is null) { Add(P.RegistryNoBoundary); continue; }
            if (!Bases.Contains(b.Basis)) Add(P.RegistryBasis, b.Basis, string.Join(", ", Bases));
            if (b.Streets is null || b.Streets.Count < 2) Add(P.RegistryTooFewStreets);
            foreach (var s in b.Streets ?? [])
            {
                if (string.IsNullOrWhiteSpace(s.Name)) Add(P.RegistryStreetNoName);
                if (!s.InSource && string.IsNullOrWhiteSpace(s.Why)) Add(P.RegistryStreetNoWhy, s.Name);
            }
            foreach (var e in b.Extras ?? [])
                if (!ExtraRules.Contains(e.Rule)) Add(P.RegistryExtraRule, e.Name, e.Rule, string.Join(", ", ExtraRules));
        }
        return problems;
    }

    private static InputFault Fault(InputProblem problem, params string?[] facts) => InputFault.Of(problem, facts);

    private static string Number(long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex FoundedPattern();
}
