namespace CoverageMap.Tests.Shared.Postgres;

/// <summary>
/// The xunit class fixture over the process's <see cref="PostgresCluster"/>: <c>IClassFixture&lt;PostgresFixture&gt;</c>
/// and ask it for a database of the test's own. Thread-safe.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    private PostgresCluster? _cluster;

    /// <summary>The running cluster.</summary>
    public PostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The fixture is not initialised yet.");

    /// <summary>A new database with PostGIS, for one test; its connection string.</summary>
    public Task<string> CreateDatabaseAsync(bool pooling = false) => Cluster.CreateDatabaseAsync(pooling);

    /// <inheritdoc />
    public async Task InitializeAsync() => _cluster = await PostgresCluster.GetAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;
}
