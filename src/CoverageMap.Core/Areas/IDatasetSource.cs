namespace CoverageMap.Core.Areas;

/// <summary>
/// Where the server gets the dataset it serves: the seam between the HTTP API and the store. The store (an
/// SQLite file by default, or PostgreSQL + PostGIS by configuration) implements it; the server calls <see cref="LoadActiveAsync"/> once at start-up and
/// activates the result (see <c>CoverageMap.Core.Lookup.ActiveDatasetHolder</c>). A source that learns of a
/// newer dataset later activates it through the holder directly.
/// </summary>
/// <remarks>Implementations must be thread-safe; the returned <see cref="Dataset"/> must be complete (never
/// a dataset that is still being written) and its geometries valid, because the index does not repair them.</remarks>
public interface IDatasetSource
{
    /// <summary>Loads the dataset version that is marked active. Returns an empty dataset when there is none.</summary>
    Task<Dataset> LoadActiveAsync(CancellationToken cancellationToken = default);
}
