using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Streets;
using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Features.Streets;

/// <summary>Maps register streets and their coverage to the API's DTOs. Stateless.</summary>
internal static class StreetMapper
{
    /// <summary>The official name as the register writes it, type first: <c>ulica Adama Mickiewicza</c>.</summary>
    public static string NameOf(RegisteredStreet s) => s.Type + " " + s.FullName;

    public static StreetDto ToDto(RegisteredStreet s, StreetPoint? point) =>
        new(s.Id, NameOf(s), s.FullName, s.ShortName, s.Type, s.Districts,
            point is { } p ? new LatLonDto(Math.Round(p.Latitude, 6), Math.Round(p.Longitude, 6)) : null);

    /// <summary>
    /// The coverage answer: <paramref name="coverage"/> null means the network lacks the street; <paramref name="sharing"/>
    /// above 1 means several register streets share its name, so the network's lines cannot be attributed to this one.
    /// </summary>
    public static StreetCoverageResponse ToCoverage(RegisteredStreet s, StreetCoverage? coverage, int sharing, Dataset dataset, ApiLanguage lang)
    {
        var name = NameOf(s);
        if (sharing > 1)
            return new(s.Id, name, s.Districts, false, null, false, [], ApiText.StreetNameShared(lang, name, sharing), dataset.Version);
        if (coverage is null)
            return new(s.Id, name, s.Districts, false, null, false, [], ApiText.StreetNotInNetwork(lang, name), dataset.Version);

        var names = dataset.Partnerships.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var areas = coverage.Shares.Select(a => new AreaHitDto(a.PartnershipId, names.GetValueOrDefault(a.PartnershipId, a.PartnershipId),
            a.LengthOnBorderMetres > 0 ? AreaRelation.AlongBorder : AreaRelation.Inside, a.LengthInsideMetres, a.LengthOnBorderMetres)).ToList();
        var areaNames = areas.Select(a => a.Name).ToList();
        var message = areas.Count == 0 ? ApiText.StreetInNoArea(lang, name)
            : coverage.BorderStreet ? ApiText.StreetAlongBorder(lang, name, areas.Where(a => a.Relation == AreaRelation.AlongBorder).Select(a => a.Name).ToList())
            : ApiText.StreetThroughAreas(lang, name, areaNames);
        return new(s.Id, name, s.Districts, true, coverage.LengthMetres, coverage.BorderStreet, areas, message, dataset.Version);
    }
}
