using CoverageMap.Data.Store;
using Microsoft.EntityFrameworkCore.Design;

namespace CoverageMap.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add … --project src/CoverageMap.Data.Postgres</c> create the context on PostgreSQL without a
/// host or a server (adding a migration connects to nothing). Stateless.
/// </summary>
public sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<CoverageMapDbContext>
{
    /// <inheritdoc />
    public CoverageMapDbContext CreateDbContext(string[] args) => new(StoreOptions.Postgres("Host=127.0.0.1;Database=coveragemap_design"));
}
