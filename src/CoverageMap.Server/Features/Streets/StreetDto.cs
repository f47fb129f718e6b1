using System.ComponentModel;
using CoverageMap.Server.Features.Lookup;

namespace CoverageMap.Server.Features.Streets;

/// <summary>One street of the official Warsaw street register, as autocomplete offers it.</summary>
internal sealed record StreetDto(
    [property: Description("The street's id (TERYT ULIC where known, else a slug); use it with /api/streets/{id}/coverage.")] string Id,
    [property: Description("The official name with its type, e.g. 'ulica Adama Mickiewicza'.")] string Name,
    [property: Description("The full name without the type, e.g. 'Adama Mickiewicza'.")] string FullName,
    [property: Description("The short name, e.g. 'Mickiewicza' or 'gen. Zajączka'.")] string ShortName,
    [property: Description("The street type as the register writes it: ulica, aleja, plac, rondo…")] string Type,
    [property: Description("The districts (dzielnice) the street runs through; tells apart streets of one name.")] IReadOnlyList<string> Districts,
    [property: Description("A representative point of the street (halfway along it in the server's street network), for a map marker; null when the network does not know the street or cannot tell it from another of the same name.")] LatLonDto? Point);
