using CoverageMap.Data.Store;
using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Server.Datasets;

/// <summary>The store's SQLite file and the EF options for it. Immutable.</summary>
/// <param name="Path">Absolute path of the SQLite file.</param>
public sealed record StoreDatabase(string Path)
{
    /// <summary>EF Core options for the file.</summary>
    public DbContextOptions<CoverageMapDbContext> Options { get; } = StoreOptions.Sqlite(Path);
}
