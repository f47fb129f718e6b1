using System.Net;
using CoverageMap.Data.Store;
using CoverageMap.Server.Datasets;
using CoverageMap.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>
/// The editor's server for browser tests: Kestrel on 127.0.0.1 (a free port) over its own real SQLite file seeded from
/// geodata/ with the bundled address points, the shipped street register and skeleton, the basemap at tiles.invalid
/// (aborted); and one headless Chromium. Each test opens its own browser context.
/// </summary>
public sealed class EditorPageFixture : IAsyncLifetime
{
    private readonly EditorPageServer server = new();
    private IPlaywright? playwright;
    private IBrowser? browser;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A new key of the server's store; its token.</summary>
    public async Task<string> KeyAsync(string name, params string[] scopes) =>
        (await new ApiKeyStore(server.Services.GetRequiredService<StoreDatabase>().Options).CreateAsync(name, scopes)).Token;

    public DatasetStore Store => server.Services.GetRequiredService<DatasetStore>();

    public async Task InitializeAsync()
    {
        server.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        Assert.Equal("127.0.0.1", BaseAddress.Host);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        var configured = Environment.GetEnvironmentVariable("COVERAGEMAP_CHROMIUM");
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = !string.IsNullOrEmpty(configured) && File.Exists(configured) ? configured : "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(MapPageFixture.ScreenshotDir);
    }

    public async Task<PageSession> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "pl-PL",
            BaseURL = BaseAddress.ToString(),
            ServiceWorkers = ServiceWorkerPolicy.Block,
        });
        return await PageSession.StartAsync(context, BaseAddress);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        await server.DisposeAsync();
    }

    private sealed class EditorPageServer : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("RateLimiting:PermitLimit", "0");
            builder.UseSetting("RateLimiting:Writes:PermitLimit", "0");
            builder.UseSetting("CoverageMap:Store:Database", Path.Combine(Path.GetTempPath(), "coveragemap-editor-page-" + Guid.NewGuid().ToString("N") + ".db"));
            builder.UseSetting("CoverageMap:Store:Geodata", SharedData.RepoPath("geodata"));
            builder.UseSetting("CoverageMap:Store:ReloadSeconds", "0");
            builder.UseSetting("CoverageMap:Store:SeedAddressPoints", "true");
            builder.UseSetting("CoverageMap:Map:TileUrl", $"http://{MapPageFixture.TileHost}/{{z}}/{{x}}/{{y}}.png");
            foreach (var (key, value) in TestSettings.BundledStreets()) builder.UseSetting(key, value);
        }
    }
}
