using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Registry;
using CoverageMap.Core.Rules;
using CoverageMap.Data.Registry;

namespace CoverageMap.Data.Rules;

/// <summary>
/// Reads and validates <c>geodata/street-rules.json</c> (street + house-number range + parity → partnership), the
/// editable companion of the partnership registry. Stateless and thread-safe.
/// </summary>
/// <remarks>Overlapping rules are not a load error: <see cref="StreetRuleChecker"/> reports them, so a person can see
/// every conflict at once. Unknown partnerships, bad ranges and duplicate ids are load errors.</remarks>
public static class StreetRulesFile
{
    /// <summary>The file's name inside the geodata folder.</summary>
    public const string FileName = "street-rules.json";

    private static readonly JsonSerializerOptions Options = new(RegistryJson.Options)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    /// <summary>Loads the rules of a geodata folder; a folder without the file has no rules.</summary>
    public static StreetRuleSet LoadFromGeodata(string geodataDirectory, PartnershipRegistry? registry)
    {
        var path = Path.Combine(geodataDirectory, FileName);
        return File.Exists(path) ? Load(path, registry) : StreetRuleSet.Empty;
    }

    /// <summary>Loads and validates a rules file; throws <see cref="RegistryValidationException"/> listing every problem.</summary>
    /// <param name="path">The file.</param>
    /// <param name="registry">The registry the partnership ids must exist in; null skips that check.</param>
    public static StreetRuleSet Load(string path, PartnershipRegistry? registry)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path, registry);
    }

    /// <summary>Parses and validates rules from a stream; <paramref name="name"/> names it in messages.</summary>
    public static StreetRuleSet Parse(Stream stream, string name, PartnershipRegistry? registry)
    {
        StreetRulesDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize<StreetRulesDocument>(stream, Options);
        }
        catch (JsonException ex)
        {
            throw new RegistryValidationException(name, [InputFault.Of(InputProblem.RegistryNotJson, JsonPosition.Line(ex), JsonPosition.Character(ex))], ex);
        }
        if (doc is null) throw new RegistryValidationException(name, [InputFault.Of(InputProblem.RegistryEmpty)]);
        var problems = Validate(doc, registry);
        if (problems.Count > 0) throw new RegistryValidationException(name, problems);
        return new StreetRuleSet(doc.Rules);
    }

    /// <summary>Serialises rules in the file's format (for tools that write the file).</summary>
    public static string Serialize(StreetRulesDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Every rule the document breaks (codes and facts); empty when valid.</summary>
    public static IReadOnlyList<InputFault> Validate(StreetRulesDocument doc, PartnershipRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var problems = new List<InputFault>();
        if (doc.Schema != 1) problems.Add(InputFault.Of(InputProblem.RegistrySchema, doc.Schema.ToString(CultureInfo.InvariantCulture), "1"));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (r, i) in (doc.Rules ?? []).Select((r, i) => (r, i)))
        {
            void Add(InputProblem problem, params string?[] facts) =>
                problems.Add(InputFault.Of(problem, [(i + 1).ToString(CultureInfo.InvariantCulture), r.Id, .. facts]));
            if (string.IsNullOrWhiteSpace(r.Id)) Add(InputProblem.RulesFieldEmpty, "id");
            else if (!ids.Add(r.Id)) Add(InputProblem.RegistryIdTwice);
            if (string.IsNullOrWhiteSpace(r.Street)) Add(InputProblem.RulesFieldEmpty, "street");
            if (r.From < 1) Add(InputProblem.RulesFromBelowOne, r.From.ToString(CultureInfo.InvariantCulture));
            if (r.To is { } to && to < r.From) Add(InputProblem.RulesToBelowFrom, to.ToString(CultureInfo.InvariantCulture), r.From.ToString(CultureInfo.InvariantCulture));
            if (string.IsNullOrWhiteSpace(r.PartnershipId)) Add(InputProblem.RulesFieldEmpty, "partnershipId");
            else if (registry is not null && registry.Find(r.PartnershipId) is null) Add(InputProblem.RulesUnknownPartnership, r.PartnershipId);
        }
        return problems;
    }
}
