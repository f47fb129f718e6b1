using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>
/// A page in its own browser context that records every request, console error, page error and dialog, and aborts
/// requests to the tile host (nothing may leave 127.0.0.1). Dispose closes the context.
/// </summary>
public sealed class PageSession : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly Uri baseAddress;

    public IPage Page { get; }
    public ConcurrentQueue<string> Requests { get; } = new();
    public ConcurrentQueue<IRequest> RequestObjects { get; } = new();
    public ConcurrentQueue<string> ConsoleErrors { get; } = new();
    public ConcurrentQueue<string> Dialogs { get; } = new();

    private PageSession(IBrowserContext context, IPage page, Uri baseAddress)
    {
        this.context = context;
        Page = page;
        this.baseAddress = baseAddress;
    }

    public static async Task<PageSession> StartAsync(IBrowserContext context, Uri baseAddress)
    {
        await context.RouteAsync($"http://{MapPageFixture.TileHost}/**", route => route.AbortAsync("internetdisconnected"));
        var page = await context.NewPageAsync();
        var session = new PageSession(context, page, baseAddress);
        page.Request += (_, request) =>
        {
            session.Requests.Enqueue(request.Url);
            session.RequestObjects.Enqueue(request);
        };
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            // The basemap's tiles fail by design (the tile host is unreachable); anything else is an error of the page.
            if (message.Text.Contains("Failed to load resource", StringComparison.Ordinal) && message.Location.Contains(MapPageFixture.TileHost, StringComparison.Ordinal)) return;
            session.ConsoleErrors.Enqueue($"{message.Text} @ {message.Location}");
        };
        page.PageError += (_, error) => session.ConsoleErrors.Enqueue("page error: " + error);
        page.Dialog += async (_, dialog) =>
        {
            session.Dialogs.Enqueue(dialog.Message);
            await dialog.DismissAsync();
        };
        return session;
    }

    /// <summary>Opens a page path and waits until the map has drawn its areas.</summary>
    public async Task GotoAsync(string path)
    {
        await Page.GotoAsync(path);
        await Page.WaitForSelectorAsync("body[data-ready='true']");
    }

    /// <summary>
    /// The page's own checks, after every test: no console error (but those <paramref name="expectedError"/> accepts),
    /// no dialog, no request off 127.0.0.1 but tiles (and <paramref name="alsoLocal"/>: loopback origins of the test's own).
    /// </summary>
    public void AssertClean(Func<string, bool>? expectedError = null, params Uri[] alsoLocal)
    {
        Assert.DoesNotContain(ConsoleErrors, e => expectedError?.Invoke(e) != true);
        Assert.Empty(Dialogs);
        foreach (var url in Requests)
        {
            var uri = new Uri(url);
            var local = (uri.Host == baseAddress.Host && uri.Port == baseAddress.Port)
                || alsoLocal.Any(a => uri.Host == a.Host && uri.Port == a.Port);
            Assert.True(local || uri.Host == MapPageFixture.TileHost, $"request left 127.0.0.1: {url}");
        }
    }

    /// <summary>The selector of a map at rest: no pan or zoom under way, and none about to start for an answer.</summary>
    public const string MapAtRest = "#map:not([data-moving]):not([data-placing]):not(.leaflet-zoom-anim)";

    /// <summary>Waits until the map has stopped moving (no pan or zoom animation under way, none about to start).</summary>
    public async Task WaitForMapAtRestAsync() =>
        await Page.WaitForSelectorAsync(MapAtRest);

    /// <summary>Saves a screenshot of the page, once the map is at rest (a host page framing it waits for its frame itself), into the screenshots folder.</summary>
    public async Task ScreenshotAsync(string name, bool mapOnThisPage = true)
    {
        if (mapOnThisPage) await WaitForMapAtRestAsync();
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(MapPageFixture.ScreenshotDir, name + ".png") });
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
