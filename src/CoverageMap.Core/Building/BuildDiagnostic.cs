namespace CoverageMap.Core.Building;

/// <summary>
/// One thing <see cref="AreaBuilder"/> has to say about a build: an error that stopped it, or a decision it made.
/// A code and its facts; the sentence a person reads comes from a catalogue (the editor's and the CLI's). Immutable.
/// </summary>
/// <param name="Severity">How serious it is; any <see cref="FindingSeverity.Error"/> means the build failed.</param>
/// <param name="Code">A stable machine-readable code, one of <see cref="BuildDiagnosticCodes.All"/>, e.g.
/// <c>street-unmatched</c>, <c>ring-open</c>, <c>faces-dropped</c>.</param>
/// <param name="Facts">The values the code's sentence needs, in the order <see cref="BuildDiagnosticCodes"/> lists
/// for the code: street names, metres, hectares, counts (numbers as <see cref="double"/> or <see cref="int"/>,
/// lists as <see cref="IReadOnlyList{T}"/>) — never a phrase.</param>
/// <param name="Message">The same in English for logs (the area's provenance records the code and facts, see
/// <see cref="Areas.ProvenanceFinding.Of"/>); never shown to a person as the editor's, the CLI's or the report's words.</param>
/// <param name="Street">The bounding street or extra (as the boundary writes it) the diagnostic is about, if one.</param>
public sealed record BuildDiagnostic(
    FindingSeverity Severity,
    string Code,
    IReadOnlyList<object> Facts,
    string Message,
    string? Street = null);
