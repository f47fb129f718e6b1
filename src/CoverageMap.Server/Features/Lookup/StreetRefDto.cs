using System.ComponentModel;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>The street an address answer is about.</summary>
internal sealed record StreetRefDto(
    [property: Description("The street's TERYT ULIC id (or the register's stable id for the few streets without one); null when the register lacks the street.")] string? Id,
    [property: Description("The street's official full name (or the name as written when the register lacks it).")] string Name,
    [property: Description("The districts the street runs through.")] IReadOnlyList<string> Districts);
