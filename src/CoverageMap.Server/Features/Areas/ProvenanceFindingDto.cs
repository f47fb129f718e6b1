using System.ComponentModel;

namespace CoverageMap.Server.Features.Areas;

/// <summary>One finding of an area's provenance (<see cref="Core.Areas.ProvenanceFinding"/>): a code and its facts.</summary>
internal sealed record ProvenanceFindingDto(
    [property: Description("A stable code: a build diagnostic's (e.g. gap-bridged, faces-dropped, extra-inside, " +
        "face-choice-ambiguous) or faces-formed (facts: faces kept, faces formed, dangling ends ignored) or " +
        "imported-without-provenance (facts: the file).")] string Code,
    [property: Description("The code's facts in order, as text: names as written, numbers in invariant culture (at most " +
        "two decimals), a list's items joined with \"; \".")] IReadOnlyList<string> Facts);
