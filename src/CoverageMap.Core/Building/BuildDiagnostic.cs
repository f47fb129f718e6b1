namespace CoverageMap.Core.Building;

/// <summary>
/// One thing <see cref="AreaBuilder"/> has to say about a build: an error that stopped it, or a decision it made.
/// Immutable.
/// </summary>
/// <param name="Severity">How serious it is; any <see cref="FindingSeverity.Error"/> means the build failed.</param>
/// <param name="Code">A stable machine-readable code, e.g. <c>street-unmatched</c>, <c>ring-open</c>,
/// <c>street-not-on-outline</c>, <c>gap-bridged</c>, <c>sliver-dropped</c>, <c>faces-dropped</c>, <c>extra-outside</c>.
/// The list is in <see cref="AreaBuilder"/>'s remarks.</param>
/// <param name="Message">A sentence a person can act on: names the street(s), gives lat/lon and metres.</param>
/// <param name="Street">The bounding street or extra (as the boundary writes it) the diagnostic is about, if one.</param>
public sealed record BuildDiagnostic(FindingSeverity Severity, string Code, string Message, string? Street = null);
