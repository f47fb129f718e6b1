namespace CoverageMap.Core.Registry;

/// <summary>
/// A local partnership as the registry (<c>geodata/partnerships.json</c>) describes it. Immutable.
/// </summary>
/// <param name="Id">Stable slug, e.g. <c>marymont-kaskada</c>. Never changes once published.</param>
/// <param name="Name">Current name, without the word "Partnerstwo" and without quotes.</param>
/// <param name="FullName">The name as the partnership styles itself, e.g. <c>Partnerstwo dla Mokotowa „Moje Wierzbno”</c>.</param>
/// <param name="FormerNames">Names used before, with the years they were used.</param>
/// <param name="Aliases">Other spellings seen in the sources (not former names).</param>
/// <param name="District">The Warsaw district (dzielnica), e.g. <c>Żoliborz</c>.</param>
/// <param name="Neighbourhoods">Neighbourhoods (osiedla) the source says it serves.</param>
/// <param name="Founded">Founding date as precise as the source gives it: <c>2011</c>, <c>2013-05</c>.</param>
/// <param name="Coordinator">The organisation that coordinates it, where the source says.</param>
/// <param name="Initiators">Organisations on whose initiative it was founded, in the source's order.</param>
/// <param name="Members">Member organisations the source lists, in its order.</param>
/// <param name="Contact">The contact the source gives, if any.</param>
/// <param name="Description">A short description, written for this project.</param>
/// <param name="Activities">Activities the source names.</param>
/// <param name="Boundary">How the source delimits the area.</param>
/// <param name="Source">Which seed document the facts come from.</param>
public sealed record Partnership(
    string Id,
    string Name,
    string FullName,
    IReadOnlyList<FormerName> FormerNames,
    IReadOnlyList<string> Aliases,
    string District,
    IReadOnlyList<string> Neighbourhoods,
    string Founded,
    string? Coordinator,
    IReadOnlyList<string> Initiators,
    IReadOnlyList<string> Members,
    Contact? Contact,
    string Description,
    IReadOnlyList<string> Activities,
    BoundaryDefinition Boundary,
    string Source);

/// <summary>A former name and the years it was in use (inclusive; <see cref="To"/> is the year it was replaced).</summary>
public sealed record FormerName(string Name, int From, int? To);

/// <summary>A contact point: organisation, place, street address, postcode and city.</summary>
public sealed record Contact(string Organisation, string? Place, string? Street, string? Postcode, string? City, string? Email = null, string? Phone = null);
