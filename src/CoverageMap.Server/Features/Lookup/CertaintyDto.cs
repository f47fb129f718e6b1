using System.ComponentModel;
using CoverageMap.Core.Addresses;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>How sure an answer is, in words and metres.</summary>
internal sealed record CertaintyDto(
    [property: Description("high, medium, low, or none (no answer). Derived from the basis, how far the place the answer rests on may be off, and how close it lies to a border and how accurate that border is.")] CertaintyLevel Level,
    [property: Description("How far the place the answer rests on may be from the true one, metres: 0 for a given point, ~25 for an address point, more for interpolation or a whole street.")] double Metres,
    [property: Description("The certainty in words, in the request's language.")] string Text);
