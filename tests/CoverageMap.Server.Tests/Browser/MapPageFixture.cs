using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using CoverageMap.Core.Areas;
using CoverageMap.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>
/// One real server (Kestrel on 127.0.0.1, a free port) and one headless Chromium for a test class. Each test opens
/// its own browser context (<see cref="OpenAsync"/>), so tests share no page state. The basemap is configured at
/// <see cref="TileHost"/>, which no request may reach: <see cref="PageSession"/> aborts those requests.
/// </summary>
public class MapPageFixture : IAsyncLifetime
{
    public const string TileHost = "tiles.invalid";

    private readonly MapPageServer server;

    public MapPageFixture() : this(bundledData: false) { }

    /// <param name="bundledData">Serve what a fresh clone serves (the registry, areas and ~19,000 address points from
    /// geodata/, imported into the test's own store), instead of <see cref="BrowserDataset"/> without address points.</param>
    protected MapPageFixture(bool bundledData) => server = new MapPageServer(bundledData);
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>A client of the server under test (127.0.0.1 only), for tests that ask the API what to expect on the page.</summary>
    public HttpClient Api() => new() { BaseAddress = BaseAddress };

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Where the tests save screenshots.</summary>
    public static string ScreenshotDir { get; } =
        Environment.GetEnvironmentVariable("COVERAGEMAP_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        server.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        server.StartServer();
        var address = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.EndsWith('/') ? address : address + "/");
        Assert.Equal("127.0.0.1", BaseAddress.Host);

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath(),
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotDir);
    }

    /// <summary>A new context and page at the given viewport (and browser locale), recording what the page does.</summary>
    public async Task<PageSession> OpenAsync(int width = 1280, int height = 800, string locale = "pl-PL", Action<BrowserNewContextOptions>? configure = null)
    {
        var options = new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = locale,
            BaseURL = BaseAddress.ToString(),
            ServiceWorkers = ServiceWorkerPolicy.Block,
        };
        configure?.Invoke(options);
        var context = await browser!.NewContextAsync(options);
        return await PageSession.StartAsync(context, BaseAddress);
    }

    public virtual async Task DisposeAsync()
    {
        if (browser is not null) await browser.CloseAsync();
        playwright?.Dispose();
        await server.DisposeAsync();
    }

    private static string ChromiumPath()
    {
        var configured = Environment.GetEnvironmentVariable("COVERAGEMAP_CHROMIUM");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
        if (File.Exists("/usr/bin/chromium")) return "/usr/bin/chromium";
        throw new InvalidOperationException("Chromium not found: install Debian's chromium (apt-get install -y chromium) or set COVERAGEMAP_CHROMIUM; scripts/test.sh does both.");
    }

    /// <summary>The server under test: the real app and API over <see cref="BrowserDataset"/> (with the real street register
    /// and skeleton network from shared/geodata behind /api/streets and /api/lookup?address=), and the basemap at tiles.invalid.</summary>
    private sealed class MapPageServer(bool bundledData) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            if (bundledData)
            {
                builder.UseEnvironment("Development");
                builder.UseSetting("RateLimiting:PermitLimit", "0");
                builder.UseSetting("CoverageMap:Store:Database", Path.Combine(Path.GetTempPath(), "coveragemap-test-" + Guid.NewGuid().ToString("N") + ".db"));
                builder.UseSetting("CoverageMap:Store:Geodata", SharedData.RepoPath("geodata"));
                builder.UseSetting("CoverageMap:Store:SeedAddressPoints", "true");
                builder.UseSetting("CoverageMap:Store:ReloadSeconds", "0");
                builder.UseSetting("CoverageMap:Map:TileUrl", $"http://{TileHost}/{{z}}/{{x}}/{{y}}.png");
                builder.UseSetting("CoverageMap:Map:TileAttribution", "© OpenStreetMap contributors");
                return;
            }
            builder.UseEnvironment("Development");
            builder.UseSetting("RateLimiting:PermitLimit", "0");
            builder.UseSetting("CoverageMap:Store:Database", Path.Combine(Path.GetTempPath(), "coveragemap-test-" + Guid.NewGuid().ToString("N") + ".db"));
            builder.UseSetting("CoverageMap:Map:TileUrl", $"http://{TileHost}/{{z}}/{{x}}/{{y}}.png");
            builder.UseSetting("CoverageMap:Map:TileAttribution", "© OpenStreetMap contributors");
            // The lines the committed areas were built from (geodata/build-report.md), so streets and areas agree.
            builder.UseSetting("CoverageMap:StreetNetworkPath", SharedData.RepoPath("geodata", "streets-skeleton-2026-12.geojson"));
            builder.UseSetting("CoverageMap:StreetRegister:StreetsTxt", SharedData.Path("geodata", "sources", "warsaw-streets", "streets.txt"));
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IDatasetSource>(new FixedDatasetSource(BrowserDataset.Create()));
            });
        }
    }
}
