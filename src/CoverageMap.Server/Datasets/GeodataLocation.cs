using CoverageMap.Data.Geodata;

namespace CoverageMap.Server.Datasets;

/// <summary>The geodata folder the server found at start (or null when there is none). Immutable.</summary>
/// <param name="Folder">The folder, or null.</param>
public sealed record GeodataLocation(GeodataFolder? Folder);
