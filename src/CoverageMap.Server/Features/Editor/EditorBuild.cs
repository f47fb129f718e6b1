using CoverageMap.Core.Areas;
using CoverageMap.Core.Registry;

namespace CoverageMap.Server.Features.Editor;

/// <summary>A build in the editor: the boundary definition it used, the area (built or drawn by hand; null when
/// neither) and what the page shows. Immutable.</summary>
internal sealed record EditorBuild(BoundaryDefinition Boundary, Area? Area, BuildResponse Response);
