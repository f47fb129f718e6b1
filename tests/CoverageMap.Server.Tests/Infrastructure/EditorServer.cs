using System.Net.Http.Headers;
using CoverageMap.Data.Store;
using CoverageMap.Server.Datasets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CoverageMap.Server.Tests.Infrastructure;

/// <summary>
/// The server as it runs for the editor: its own real SQLite file seeded from geodata/ (the store is the dataset
/// source, so drafts and activations are real versions), the shipped street register and 2026-12 skeleton, and
/// optionally the bundled address points in the gazetteer. Each test makes its own. The writes' rate limit is off
/// unless a test sets <c>RateLimiting:Writes:PermitLimit</c>.
/// </summary>
internal sealed class EditorServer(bool addressPoints = false, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    public string Database { get; } = Path.Combine(Path.GetTempPath(), "coveragemap-editor-" + Guid.NewGuid().ToString("N") + ".db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("RateLimiting:PermitLimit", "0");
        builder.UseSetting("RateLimiting:Writes:PermitLimit", "0");
        builder.UseSetting("CoverageMap:Store:Database", Database);
        builder.UseSetting("CoverageMap:Store:Geodata", SharedData.RepoPath("geodata"));
        builder.UseSetting("CoverageMap:Store:ReloadSeconds", "0");
        builder.UseSetting("CoverageMap:Store:SeedAddressPoints", addressPoints ? "true" : "false");
        foreach (var (key, value) in TestSettings.BundledStreets()) builder.UseSetting(key, value);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
    }

    /// <summary>A key of the store the server uses (the server must have started: it migrates the file).</summary>
    public async Task<string> KeyAsync(string name, params string[] scopes)
    {
        _ = Services; // starts the server, which creates and migrates the store
        var keys = new ApiKeyStore(Services.GetRequiredService<StoreDatabase>().Options);
        return (await keys.CreateAsync(name, scopes)).Token;
    }

    /// <summary>A client sending the key as a bearer token.</summary>
    public HttpClient ClientWith(string? token, string? language = null)
    {
        var client = CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>The store the server uses.</summary>
    public DatasetStore Store => Services.GetRequiredService<DatasetStore>();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { Database, Database + "-wal", Database + "-shm" })
            try { File.Delete(f); } catch (IOException) { }
    }
}
