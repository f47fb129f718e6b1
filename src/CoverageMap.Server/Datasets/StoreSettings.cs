namespace CoverageMap.Server.Datasets;

/// <summary>Configuration section <c>CoverageMap:Store</c>.</summary>
public sealed class StoreSettings
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CoverageMap:Store";

    /// <summary>The SQLite file; default <c>data/coveragemap.db</c> beside the geodata folder's parent (the repository root). Unused when <see cref="Postgres"/> is set.</summary>
    public string? Database { get; set; }

    /// <summary>
    /// An Npgsql connection string (<c>Host=db;Database=coveragemap;Username=coveragemap;Password=…</c>): when set, the store
    /// is that PostgreSQL + PostGIS database instead of the SQLite file, and several instances may share it.
    /// </summary>
    public string? Postgres { get; set; }

    /// <summary>The geodata folder (registry + areas); default: the first <c>geodata/</c> above the working or app directory.</summary>
    public string? Geodata { get; set; }

    /// <summary>Import the geodata folder at start (idempotent; see <c>GeodataSeeder</c> for when it activates).</summary>
    public bool SeedFromGeodata { get; set; } = true;

    /// <summary>
    /// How often the server checks the store for a newly activated version or new address points; 0 turns polling off.
    /// On PostgreSQL the store's notifications also trigger a check at once; polling is then the fallback.
    /// </summary>
    public int ReloadSeconds { get; set; } = 30;
}
