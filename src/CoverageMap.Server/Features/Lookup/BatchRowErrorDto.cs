using System.ComponentModel;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>Why one batch row could not be looked up.</summary>
internal sealed record BatchRowErrorDto(
    [property: Description("The fields at fault, as named in the input.")] IReadOnlyList<string> Fields,
    [property: Description("What is wrong, in the request's language.")] string Message);
