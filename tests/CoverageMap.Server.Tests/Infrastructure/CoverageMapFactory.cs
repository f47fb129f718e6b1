using CoverageMap.Core.Areas;
using CoverageMap.Core.Lookup;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoverageMap.Server.Tests.Infrastructure;

/// <summary>
/// The server with its own dataset (injected through <see cref="IDatasetSource"/>) and settings. Each test makes
/// its own factory: no state is shared. The rate limit is off unless a test sets <c>RateLimiting:PermitLimit</c>.
/// Hermetic: the street register and network are empty unless the settings name them (<see cref="TestSettings"/>).
/// </summary>
internal sealed class CoverageMapFactory(Dataset dataset, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public ActiveDatasetHolder Holder => Services.GetRequiredService<ActiveDatasetHolder>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("RateLimiting:PermitLimit", "0");
        builder.UseSetting("CoverageMap:Store:Database", Path.Combine(Path.GetTempPath(), "coveragemap-test-" + Guid.NewGuid().ToString("N") + ".db"));
        foreach (var (key, value) in TestSettings.NoStreets()) builder.UseSetting(key, value);
        // Many servers share this process's heap: a full compacting collection after each one's load would stall the others.
        builder.UseSetting("CoverageMap:ReleaseMemoryAfterLoad", "false");
        builder.UseSetting("CoverageMap:Store:SeedAddressPoints", "false"); // a test that wants the bundled points says so
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        builder.ConfigureTestServices(s =>
        {
            s.AddSingleton<IDatasetSource>(new FixedDatasetSource(dataset));
            services?.Invoke(s);
        });
    }
}
