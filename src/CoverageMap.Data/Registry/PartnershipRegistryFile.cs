using System.Text.Json;
using System.Text.RegularExpressions;
using CoverageMap.Core.Registry;

namespace CoverageMap.Data.Registry;

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
            throw new RegistryValidationException(name, [$"not valid registry JSON at line {ex.LineNumber + 1}, position {ex.BytePositionInLine + 1}: {ex.Message}"]);
        }

        if (registry is null) throw new RegistryValidationException(name, ["the file is empty (null)"]);
        var problems = Validate(registry);
        if (problems.Count > 0) throw new RegistryValidationException(name, problems);
        return registry;
    }

    /// <summary>Every rule the registry breaks; empty when it is valid.</summary>
    public static IReadOnlyList<string> Validate(PartnershipRegistry registry)
    {
        var problems = new List<string>();
        if (registry.Schema != 1) problems.Add($"schema {registry.Schema} is not supported (expected 1)");
        var sourceIds = new HashSet<string>(registry.Sources?.Select(s => s.Id) ?? [], StringComparer.Ordinal);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (registry.Partnerships is null || registry.Partnerships.Count == 0) problems.Add("no partnerships");
        foreach (var (p, i) in (registry.Partnerships ?? []).Select((p, i) => (p, i)))
        {
            var who = $"partnerships[{i}] ({p.Id})";
            if (string.IsNullOrWhiteSpace(p.Id) || !SlugPattern().IsMatch(p.Id)) problems.Add($"{who}: id must be a lowercase ASCII slug (a-z, 0-9, '-')");
            else if (!ids.Add(p.Id)) problems.Add($"{who}: id is used twice");
            if (string.IsNullOrWhiteSpace(p.Name)) problems.Add($"{who}: name is empty");
            if (string.IsNullOrWhiteSpace(p.District)) problems.Add($"{who}: district is empty");
            if (string.IsNullOrWhiteSpace(p.Description)) problems.Add($"{who}: description is empty");
            if (p.Founded is null || !FoundedPattern().IsMatch(p.Founded)) problems.Add($"{who}: founded must be YYYY, YYYY-MM or YYYY-MM-DD");
            if (!sourceIds.Contains(p.Source ?? "")) problems.Add($"{who}: source '{p.Source}' is not among the registry's sources");
            foreach (var f in p.FormerNames ?? [])
                if (f.To is { } to && to < f.From) problems.Add($"{who}: former name '{f.Name}' ends ({to}) before it starts ({f.From})");
            var b = p.Boundary;
            if (b is null) { problems.Add($"{who}: boundary is missing"); continue; }
            if (!Bases.Contains(b.Basis)) problems.Add($"{who}: boundary.basis must be one of {string.Join(", ", Bases)}");
            if (b.Streets is null || b.Streets.Count < 2) problems.Add($"{who}: boundary needs at least two bounding streets");
            foreach (var s in b.Streets ?? [])
            {
                if (string.IsNullOrWhiteSpace(s.Name)) problems.Add($"{who}: a bounding street has no name");
                if (!s.InSource && string.IsNullOrWhiteSpace(s.Why)) problems.Add($"{who}: supplementary street '{s.Name}' must say why it is needed");
            }
            foreach (var e in b.Extras ?? [])
                if (!ExtraRules.Contains(e.Rule)) problems.Add($"{who}: extra '{e.Name}' has rule '{e.Rule}', expected one of {string.Join(", ", ExtraRules)}");
        }
        return problems;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex FoundedPattern();
}
