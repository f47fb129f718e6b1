using System.ComponentModel;
using CoverageMap.Core.Addresses;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>The answer for an address on one of the streets an ambiguous name may mean.</summary>
internal sealed record AlternativeAnswerDto(
    [property: Description("As the answer's status.")] AddressResolutionStatus Status,
    [property: Description("As the answer's basis.")] AnswerBasis Basis,
    [property: Description("As the answer's certainty.")] CertaintyDto Certainty,
    [property: Description("As the answer's areas.")] IReadOnlyList<AreaHitDto> Areas,
    [property: Description("As the answer's outsideAlsoPossible.")] bool OutsideAlsoPossible,
    [property: Description("As the answer's message.")] string Message);
