using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Building;
using CoverageMap.Core.Descriptions;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Registry;
using CoverageMap.Core.Streets;
using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Features.Partnerships;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;
using Microsoft.Extensions.Localization;
using NetTopologySuite.Geometries;

namespace CoverageMap.Server.Features.Editor;

/// <summary>
/// The editor's work on the server: reads descriptions (<see cref="BoundaryDescriptionParser"/>), builds areas with
/// the <see cref="AreaBuilder"/> over the street network and register the server loaded at start (the same
/// <see cref="AddressLookupData"/> street answers use), finishes polygons adjusted by hand, and validates the facts
/// staff edit. Every sentence comes from the editor's catalogue in the request's culture. Thread-safe: it holds only
/// the provider of immutable data.
/// </summary>
internal sealed partial class EditorService(AddressResolverProvider addresses, IStringLocalizer<EditorCatalogue> text)
{
    public const double MaxGapToleranceMetres = 1000;
    public const int MaxStreets = 40;
    public const int MaxNameLength = 300;
    public const int MaxTextLength = 4000;
    public const int MaxListItems = 100;

    public ParseResponse Parse(string description, string? district)
    {
        var data = addresses.Data;
        var parsed = BoundaryDescriptionParser.Parse(description, data.Register, district);
        return new ParseResponse(parsed.SourceText,
            [.. parsed.Streets.Select(s => new DescribedStreetDto(s.Written, s.Start, s.Separator, s.Confidence,
                s.Street is { } st ? Street(st) : null, [.. s.Candidates.Select(Street)], [.. s.Suggestions.Select(Street)], s.Qualifier))],
            [.. parsed.Extras.Select(e => new DescribedExtraDto(e.Written, e.Kind, e.Start))]);
    }

    /// <summary>Validates a boundary (<paramref name="field"/> prefixes the field names) and builds it; null when invalid.</summary>
    public EditorBuild? Build(Partnership existing, Area? existingArea, BoundaryInputDto? input, string field, EditorErrors errors)
    {
        var data = addresses.Data;
        var definition = Definition(existing, input, field, errors);
        var tolerance = input?.GapToleranceMetres ?? 0;
        if (!double.IsFinite(tolerance) || tolerance < 0 || tolerance > MaxGapToleranceMetres)
            errors.Add(field + ".gapToleranceMetres", text["GapToleranceRange", field + ".gapToleranceMetres", MaxGapToleranceMetres].Value);
        NetTopologySuite.Geometries.Geometry? drawn = null;
        if (input?.Geometry is { ValueKind: not JsonValueKind.Null and not JsonValueKind.Undefined } element)
            drawn = HandDrawn(element, field + ".geometry", errors);
        if (errors.Any || definition is null) return null;

        var result = AreaBuilder.Build(existing.Id, definition, data.Network, StreetNameMatcher.Instance,
            AreaBuildOptions.Default with { GapToleranceMetres = tolerance });
        var built = result.Area is { } a && existingArea is { } old && old.Provenance.Network == a.Provenance.Network
            ? a with { Provenance = a.Provenance with { NetworkDate = old.Provenance.NetworkDate, NetworkLicence = old.Provenance.NetworkLicence } }
            : result.Area;
        var area = drawn is null ? built : new Area(existing.Id, drawn, HandProvenance(built, definition, data.Network.Source));

        var streets = definition.Streets.Select(s => BuiltStreet(s, existing.District)).ToArray();
        var gaps = result.OpenGaps.Select(g => Gap(g, false))
            .Concat(built?.Provenance.GapsBridged.Select(g => Gap(g, true)) ?? []).ToArray();
        var messages = Messages(result, built).ToArray();
        double hectares = area is null ? 0 : Math.Round(AreaSetChecks.AreaSquareMetres(area.Geometry) / 10_000, 2);
        var response = new BuildResponse(area is not null, drawn is not null,
            area is null ? null : JsonSerializer.SerializeToElement(area.Geometry, ApiJson.GeoJson), hectares,
            area?.Provenance.EstimatedAccuracyMetres ?? 0, streets, gaps, messages,
            area is null ? text["NotBuilt"].Value : text["Built", hectares.ToString("0.0", CultureInfo.CurrentCulture)].Value);
        return new EditorBuild(definition, area, response);
    }

    /// <summary>The partnership with the edited facts; null (and errors) when a fact is invalid.</summary>
    public Partnership? WithFacts(Partnership p, PartnershipFactsDto? facts, string field, EditorErrors errors)
    {
        if (facts is null) return p;
        var name = Required(facts.Name, field + ".name", MaxNameLength, errors);
        var fullName = Required(facts.FullName, field + ".fullName", MaxNameLength, errors);
        var description = Optional(facts.Description, field + ".description", MaxTextLength, errors) ?? "";
        var formerNames = new List<FormerName>();
        var former = facts.FormerNames ?? [];
        if (former.Length > MaxListItems) errors.Add(field + ".formerNames", text["TooMany", field + ".formerNames", MaxListItems].Value);
        for (int i = 0; i < Math.Min(former.Length, MaxListItems); i++)
        {
            var f = former[i];
            var at = $"{field}.formerNames[{i}]";
            if (f is null) { errors.Add(at, text["FieldRequired", at].Value); continue; }
            var n = Required(f.Name, at + ".name", MaxNameLength, errors);
            if (f.From is < 1900 or > 2100) errors.Add(at + ".from", text["YearOutOfRange", at + ".from", 1900, 2100].Value);
            if (f.To is { } to && (to < 1900 || to > 2100)) errors.Add(at + ".to", text["YearOutOfRange", at + ".to", 1900, 2100].Value);
            else if (f.To is { } to2 && to2 < f.From) errors.Add(at + ".to", text["YearsOrder", at + ".to"].Value);
            if (n is not null) formerNames.Add(new FormerName(n, f.From, f.To));
        }
        var members = new List<string>();
        var given = facts.Members ?? [];
        if (given.Length > MaxListItems) errors.Add(field + ".members", text["TooMany", field + ".members", MaxListItems].Value);
        for (int i = 0; i < Math.Min(given.Length, MaxListItems); i++)
            if (Required(given[i], $"{field}.members[{i}]", MaxNameLength, errors) is { } m) members.Add(m);
        Contact? contact = null;
        if (facts.Contact is { } c)
        {
            var at = field + ".contact";
            var organisation = Required(c.Organisation, at + ".organisation", MaxNameLength, errors);
            var place = Optional(c.Place, at + ".place", MaxNameLength, errors);
            var street = Optional(c.Street, at + ".street", MaxNameLength, errors);
            var postcode = Optional(c.Postcode, at + ".postcode", 6, errors);
            var city = Optional(c.City, at + ".city", MaxNameLength, errors);
            var email = Optional(c.Email, at + ".email", MaxNameLength, errors);
            var phone = Optional(c.Phone, at + ".phone", 20, errors);
            if (postcode is not null && !PostcodePattern().IsMatch(postcode)) errors.Add(at + ".postcode", text["PostcodeFormat", at + ".postcode"].Value);
            if (email is not null && !EmailPattern().IsMatch(email)) errors.Add(at + ".email", text["EmailFormat", at + ".email"].Value);
            if (phone is not null && !PhonePattern().IsMatch(phone)) errors.Add(at + ".phone", text["PhoneFormat", at + ".phone"].Value);
            if (organisation is not null) contact = new Contact(organisation, place, street, postcode, city, email, phone);
        }
        if (errors.Any || name is null || fullName is null) return null;
        return p with { Name = name, FullName = fullName, FormerNames = formerNames, Members = members, Contact = contact, Description = description };
    }

    /// <summary>A required text: trimmed, 1–<paramref name="max"/> characters.</summary>
    public string? Required(string? value, string field, int max, EditorErrors errors)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) { errors.Add(field, text["FieldRequired", field].Value); return null; }
        if (v.Length > max) { errors.Add(field, text["FieldTooLong", field, max].Value); return null; }
        return v;
    }

    private string? Optional(string? value, string field, int max, EditorErrors errors)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) return null;
        if (v.Length > max) { errors.Add(field, text["FieldTooLong", field, max].Value); return null; }
        return v;
    }

    private BoundaryDefinition? Definition(Partnership existing, BoundaryInputDto? input, string field, EditorErrors errors)
    {
        var description = Optional(input?.Description, field + ".description", BoundaryDescriptionParser.MaxLength, errors);
        var given = input?.Streets ?? [];
        if (given.Length == 0) errors.Add(field + ".streets", text["StreetsRequired", field + ".streets"].Value);
        if (given.Length > MaxStreets) errors.Add(field + ".streets", text["TooMany", field + ".streets", MaxStreets].Value);
        var streets = new List<BoundingStreet>();
        for (int i = 0; i < Math.Min(given.Length, MaxStreets); i++)
        {
            var at = $"{field}.streets[{i}]";
            var s = given[i];
            var name = Required(s?.Name, at + ".name", MaxNameLength, errors);
            if (s is null || name is null) continue;
            string? why = null;
            if (!s.InSource)
            {
                why = Optional(s.Why, at + ".why", MaxTextLength, errors);
                if (why is null) errors.Add(at + ".why", text["SupplementWhy", name, at + ".why"].Value);
            }
            streets.Add(new BoundingStreet(name, s.InSource, why));
        }
        var extras = new List<BoundaryExtra>();
        var givenExtras = input?.Extras ?? [];
        if (givenExtras.Length > MaxListItems) errors.Add(field + ".extras", text["TooMany", field + ".extras", MaxListItems].Value);
        for (int i = 0; i < Math.Min(givenExtras.Length, MaxListItems); i++)
        {
            var at = $"{field}.extras[{i}]";
            var e = givenExtras[i];
            var name = Required(e?.Name, at + ".name", MaxNameLength, errors);
            var rule = e?.Rule ?? "inside";
            if (rule is not ("inside" or "union")) errors.Add(at + ".rule", text["ExtraRule", at + ".rule"].Value);
            if (name is not null) extras.Add(new BoundaryExtra(name, Optional(e?.Kind, at + ".kind", 50, errors) ?? "feature", rule));
        }
        if (errors.Any) return null;
        // The source's streets first, in their order, then the supplements: the registry's convention.
        var ordered = streets.Where(s => s.InSource).Concat(streets.Where(s => !s.InSource)).ToList();
        return new BoundaryDefinition(existing.Boundary.Basis, description is null ? existing.Boundary.SourceText : BoundaryDescriptionParser.Parse(description, addresses.Data.Register, existing.District).SourceText,
            ordered, extras, existing.Boundary.Note);
    }

    private NetTopologySuite.Geometries.Geometry? HandDrawn(JsonElement element, string field, EditorErrors errors)
    {
        NetTopologySuite.Geometries.Geometry? parsed = null;
        try
        {
            parsed = element.Deserialize<NetTopologySuite.Geometries.Geometry>(ApiJson.GeoJson);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException or FormatException or NotSupportedException)
        {
            // Reported below as not a polygon.
        }
        if (parsed is null)
        {
            errors.Add(field, text["GeometryNotPolygonal", field].Value);
            return null;
        }
        var prepared = HandDrawnArea.Prepare(parsed, out var problem);
        if (problem is { } p)
            errors.Add(field, p switch
            {
                HandDrawnProblem.TooManyVertices => text["GeometryTooManyVertices", field, HandDrawnArea.MaxVertices].Value,
                HandDrawnProblem.OutsideWarsaw => text["GeometryOutsideWarsaw", field].Value,
                HandDrawnProblem.Degenerate => text["GeometryDegenerate", field].Value,
                _ => text["GeometryNotPolygonal", field].Value,
            });
        return prepared;
    }

    /// <summary>The provenance of a border drawn in the editor: the method says it was by hand (the build's findings, if
    /// any, kept); no English note.</summary>
    private static AreaProvenance HandProvenance(Area? built, BoundaryDefinition definition, string network) =>
        built is { } b
            ? b.Provenance with { Method = "adjusted-by-hand", Approximate = true }
            : new AreaProvenance("drawn-by-hand", definition.Basis, network, null, null, [], [.. definition.Streets.Where(s => !s.InSource).Select(s => s.Name)],
                [], 0, AreaBuildOptions.Default.DefaultAccuracyMetres, true, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), []);

    private BuiltStreetDto BuiltStreet(BoundingStreet street, string district)
    {
        var data = addresses.Data;
        var lines = data.Network.Lines.Where(l => StreetNameMatcher.Instance.Matches(street.Name, l.Name)).ToList();
        JsonElement? geometry = null;
        LatLonDto? registerPoint = null;
        if (lines.Count > 0)
        {
            var parts = lines.SelectMany(l => LineStrings(l.Geometry)).ToArray();
            geometry = JsonSerializer.SerializeToElement<NetTopologySuite.Geometries.Geometry>(Geo.Factory.CreateMultiLineString(parts), ApiJson.GeoJson);
        }
        else if (data.Register.Resolve(street.Name, district).Street is { } registered && data.StreetPoints.Find(registered.Id) is { } point)
        {
            registerPoint = new LatLonDto(point.Latitude, point.Longitude);
        }
        return new BuiltStreetDto(street.Name, street.InSource, street.Why, [.. lines.Select(l => l.Name).Distinct()], geometry, registerPoint);
    }

    private static IEnumerable<LineString> LineStrings(NetTopologySuite.Geometries.Geometry g)
    {
        for (int i = 0; i < g.NumGeometries; i++)
            if (g.GetGeometryN(i) is LineString line) yield return line;
    }

    private static BuildGapDto Gap(GapRecord g, bool bridged) =>
        new(g.FromStreet, g.ToStreet, new LatLonDto(g.FromLat, g.FromLon), new LatLonDto(g.ToLat, g.ToLon), Math.Round(g.LengthMetres, 1), bridged);

    private IEnumerable<BuildMessageDto> Messages(AreaBuildResult result, Area? built) =>
        BuildMessageText.Messages(text, result, built)
            .Select(m => new BuildMessageDto(m.Code, m.Severity == FindingSeverity.Error ? "error" : "warning", m.Street, m.Message));

    private RegisterStreetDto Street(RegisteredStreet s) =>
        new(s.Id, s.OfficialName, [.. s.Districts], addresses.Data.StreetPoints.Find(s.Id) is { } p ? new LatLonDto(p.Latitude, p.Longitude) : null);

    [GeneratedRegex(@"^\d{2}-\d{3}$")]
    private static partial Regex PostcodePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+?[0-9][0-9 \-]{4,18}[0-9]$")]
    private static partial Regex PhonePattern();
}
