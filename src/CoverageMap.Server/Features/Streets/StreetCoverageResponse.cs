using System.ComponentModel;

namespace CoverageMap.Server.Features.Streets;

/// <summary>Which partnership areas a street runs through or along.</summary>
internal sealed record StreetCoverageResponse(
    [property: Description("The street's id.")] string Id,
    [property: Description("The official name with its type, e.g. 'ulica Wołoska'.")] string Name,
    [property: Description("The districts the street runs through.")] IReadOnlyList<string> Districts,
    [property: Description("False when the server's street network does not know where the street runs (then 'areas' is empty and 'message' says so).")] bool Known,
    [property: Description("The street's length in the network, metres; null when not known.")] double? LengthMetres,
    [property: Description("True when the street runs along an area's border for a stretch (a border street).")] bool BorderStreet,
    [property: Description("The areas the street runs through or along, longest share first.")] IReadOnlyList<CoverageMap.Server.Features.Lookup.AreaHitDto> Areas,
    [property: Description("What was found, in a sentence, in the request's language.")] string Message,
    [property: Description("The dataset version that answered.")] long DatasetVersion);
