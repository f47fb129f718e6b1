using CoverageMap.Core.Registry;

namespace CoverageMap.Server.Features.Partnerships;

/// <summary>Maps registry records to <see cref="PartnershipDto"/>. Stateless.</summary>
internal static class PartnershipMapper
{
    public static PartnershipDto ToDto(Partnership p, bool hasArea) => new(
        p.Id, p.Name, p.FullName,
        p.FormerNames.Select(f => new FormerNameDto(f.Name, f.From, f.To)).ToArray(),
        p.Aliases.ToArray(), p.District, p.Neighbourhoods.ToArray(), p.Founded, p.Coordinator,
        p.Initiators.ToArray(), p.Members.ToArray(),
        p.Contact is { } c ? new ContactDto(c.Organisation, c.Place, c.Street, c.Postcode, c.City, c.Email, c.Phone) : null,
        p.Description, p.Activities.ToArray(),
        new BoundaryDefinitionDto(p.Boundary.Basis, p.Boundary.SourceText,
            p.Boundary.Streets.Select(s => new BoundingStreetDto(s.Name, s.InSource, s.Why)).ToArray(),
            p.Boundary.Extras.Select(e => new BoundaryExtraDto(e.Name, e.Kind, e.Rule)).ToArray(),
            p.Boundary.Note),
        p.Source, hasArea);
}
