using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Data.Store;

/// <summary>Builds <see cref="DbContextOptions{TContext}"/> for the supported databases. Stateless.</summary>
public static class StoreOptions
{
    /// <summary>Options for an SQLite file (created on first use).</summary>
    public static DbContextOptions<CoverageMapDbContext> Sqlite(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        return new DbContextOptionsBuilder<CoverageMapDbContext>()
            .UseSqlite($"Data Source={path};Pooling=False;Default Timeout=30")
            .Options;
    }
}
