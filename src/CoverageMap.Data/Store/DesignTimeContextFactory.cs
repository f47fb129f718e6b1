using Microsoft.EntityFrameworkCore.Design;

namespace CoverageMap.Data.Store;

/// <summary>Lets <c>dotnet ef migrations add</c> create the context without a host.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<CoverageMapDbContext>
{
    /// <inheritdoc />
    public CoverageMapDbContext CreateDbContext(string[] args) => new(StoreOptions.Sqlite(Path.Combine(Path.GetTempPath(), "coveragemap-design.db")));
}
