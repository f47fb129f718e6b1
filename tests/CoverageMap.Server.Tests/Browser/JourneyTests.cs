using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>The server as a fresh clone runs it: the bundled registry, areas and address points (issue 10's journeys).</summary>
public sealed class BundledDataPageFixture() : MapPageFixture(bundledData: true);

/// <summary>
/// Issue 10's journeys, one test each, in Debian's Chromium against the real server with the bundled data: what the
/// person sees (the heading that is the answer, its certainty, the marker clear of the sheet), with no console error
/// and no request off 127.0.0.1. Expected answers are asked of the same server's API, so the test follows the data.
/// </summary>
public sealed class JourneyTests(BundledDataPageFixture fixture, ITestOutputHelper output) : IClassFixture<BundledDataPageFixture>
{
    private const string Phone = "390x844";

    /// <summary>The API's answer for an address (in Polish unless said), as the page will show it.</summary>
    private async Task<JsonElement> AnswerFor(string address, string? district = null, string language = "pl")
    {
        using var api = fixture.Api();
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var url = "api/lookup?address=" + Uri.EscapeDataString(address) + (district is null ? "" : "&district=" + Uri.EscapeDataString(district));
        using var doc = JsonDocument.Parse(await api.GetStringAsync(url));
        output.WriteLine($"{address}: {doc.RootElement.GetProperty("status")} by {doc.RootElement.GetProperty("basis")} — {doc.RootElement.GetProperty("message")}");
        return doc.RootElement.Clone();
    }

    /// <summary>A phone (390x844, Polish) with the map page open and its areas drawn.</summary>
    private async Task<PageSession> OpenPhoneAsync()
    {
        var session = await fixture.OpenAsync(390, 844);
        await session.GotoAsync("/");
        return session;
    }

    private static async Task Search(IPage page, string text)
    {
        await page.Locator("#search-input").FillAsync(text);
        await page.Locator("#search-input").PressAsync("Enter");
    }

    /// <summary>The marker lies on the map and outside the panel (a bottom sheet or a side panel).</summary>
    private static async Task AssertMarkerClearOfPanel(ILocator marker, ILocator panel, ILocator map)
    {
        var m = (await marker.BoundingBoxAsync())!;
        var p = (await panel.BoundingBoxAsync())!;
        var box = (await map.BoundingBoxAsync())!;
        var overlaps = m.X < p.X + p.Width && m.X + m.Width > p.X && m.Y < p.Y + p.Height && m.Y + m.Height > p.Y;
        Assert.False(overlaps, $"marker at ({m.X:F0},{m.Y:F0}) lies under the panel ({p.X:F0},{p.Y:F0} {p.Width:F0}x{p.Height:F0})");
        Assert.True(m.X >= box.X && m.Y >= box.Y && m.X + m.Width <= box.X + box.Width && m.Y + m.Height <= box.Y + box.Height,
            $"marker at ({m.X:F0},{m.Y:F0}) is off the map ({box.X:F0},{box.Y:F0} {box.Width:F0}x{box.Height:F0})");
    }

    private static Task AssertMarkerClearOfPanel(IPage page) =>
        AssertMarkerClearOfPanel(page.Locator("path.search-marker"), page.Locator("#panel"), page.Locator("#map"));

    /// <summary>Words of the builder and the data clerk that a resident must never read.</summary>
    private static readonly string[] DeveloperWords =
        ["polygonize", "face(s)", "dangling", ".geojson", "GeoJSON", "Źródło nie podaje", "tolerance", "User denied", "Zoom in", "Zoom out", "undefined", "null", ".."];

    private static async Task AssertNoDeveloperWords(IPage page)
    {
        var text = await page.Locator("body").InnerTextAsync();
        foreach (var word in DeveloperWords) Assert.DoesNotContain(word, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Resident_on_a_phone_finds_an_interior_street_typing_the_number_with_suggestions_on()
    {
        var expected = await AnswerFor("Elbląska 20");
        Assert.Equal("resolved", expected.GetProperty("status").GetString());
        var name = expected.GetProperty("areas")[0].GetProperty("name").GetString()!;
        var id = expected.GetProperty("areas")[0].GetProperty("partnershipId").GetString()!;

        await using var session = await OpenPhoneAsync();
        var page = session.Page;
        // Every area's name is on the map from the start (a name that would collide moves beside its area).
        await Expect(page.Locator("path.area")).ToHaveCountAsync(5);
        await Expect(page.Locator(".area-label:not(.label-crowded)")).ToHaveCountAsync(5);
        await session.ScreenshotAsync($"journey-{Phone}-start");

        // Suggestions go on while the number is typed, and they open below the buttons, never over them.
        await page.Locator("#search-input").PressSequentiallyAsync("Elbląska 2", new() { Delay = 40 });
        var suggestion = page.Locator("#suggestions [role=option]", new() { HasText = "Elbląska" });
        await Expect(suggestion.First).ToBeVisibleAsync();
        var list = (await page.Locator("#suggestions").BoundingBoxAsync())!;
        foreach (var button in new[] { "#search-button", "#locate-button" })
        {
            var b = (await page.Locator(button).BoundingBoxAsync())!;
            Assert.True(list.Y >= b.Y + b.Height - 1, $"the suggestions ({list.Y:F0}) cover {button} (bottom {b.Y + b.Height:F0})");
        }
        await page.Locator("#search-input").PressSequentiallyAsync("0");
        await page.Locator("#search-input").PressAsync("Enter");

        await Expect(page.Locator("#panel-title")).ToHaveTextAsync(name);
        await Expect(page.Locator("#panel-kicker")).ToHaveTextAsync("Twoje partnerstwo");
        var certainty = page.Locator("#panel-result .certainty");
        await Expect(certainty).ToHaveTextAsync(new Regex(@"^Pewność (wysoka|średnia|niska) \(położenie ±\d+ m\)$"));
        await Expect(certainty).ToHaveAttributeAsync("data-level", expected.GetProperty("certainty").GetProperty("level").GetString()!);
        await Expect(page.Locator("#panel-result .answer")).ToHaveTextAsync(expected.GetProperty("message").GetString()!);
        await Expect(page.Locator($"path.area[data-partnership-id='{id}']")).ToHaveClassAsync(new Regex(@"\bis-selected\b"));

        // The map flew to the area and keeps it above the sheet.
        await session.WaitForMapAtRestAsync();
        var sheet = (await page.Locator("#panel").BoundingBoxAsync())!;
        var area = (await page.Locator($"path.area[data-partnership-id='{id}']").BoundingBoxAsync())!;
        Assert.True(area.Y + area.Height / 2 < sheet.Y, $"the area's middle ({area.Y + area.Height / 2:F0}) is under the sheet ({sheet.Y:F0})");
        Assert.True(area.Y >= 0, "the area's top is off the map");
        // Plain facts: the neighbourhoods, the boundary in the partnership's own words, where it comes from.
        var panel = page.Locator("#panel");
        await Expect(panel).ToContainTextAsync("Osiedla");
        await Expect(panel).ToContainTextAsync("Zatrasie, Rudawka");
        await Expect(panel.Locator(".boundary-text")).ToContainTextAsync("rejon ograniczony ulicami: Broniewskiego/Krasińskiego/Powązkowska/ al. Armii Krajowej");
        await Expect(panel.Locator(".provenance")).ToHaveTextAsync(new Regex(@"^Granice wyznaczone z przebiegu ulic: Władysława Broniewskiego, .*; dokładność ok\. \d+ m; dane: ZDM Warszawa, .*\.$"));
        await Expect(panel.Locator(".no-contact")).ToHaveTextAsync("Partnerstwo nie podaje adresu kontaktowego. Zapytaj koordynatora: Ośrodek Pomocy Społecznej Dzielnicy Żoliborz.");
        await AssertNoDeveloperWords(page);
        await session.ScreenshotAsync($"journey-{Phone}-elblaska-20");
        session.AssertClean();
    }

    [Fact]
    public async Task Resident_on_a_phone_on_a_border_street_sees_it_depends_then_taps_her_building()
    {
        await using var session = await OpenPhoneAsync();
        var page = session.Page;

        // A number with its own address point: the marker at the building, above the sheet.
        var building = await AnswerFor("Mickiewicza 20");
        await Search(page, "Mickiewicza 20");
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync(building.GetProperty("areas")[0].GetProperty("name").GetString()!);
        await Expect(page.Locator("#panel-result")).ToHaveAttributeAsync("data-basis", "addressPoint");
        await Expect(page.Locator("path.search-marker")).ToHaveCountAsync(1);
        await session.WaitForMapAtRestAsync();
        await AssertMarkerClearOfPanel(page);
        await session.ScreenshotAsync($"journey-{Phone}-mickiewicza-20");

        // A number the street's side decides: the heading says so, names each, and offers the one action that settles it.
        var side = await AnswerFor("Mickiewicza 24");
        Assert.Equal("multiple", side.GetProperty("status").GetString());
        await Search(page, "Mickiewicza 24");
        var names = side.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("name").GetString()!).ToList();
        if (side.GetProperty("outsideAlsoPossible").GetBoolean()) names.Add("żadne");
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Zależy od strony ulicy: " + string.Join(" albo ", names));
        await Expect(page.Locator("#panel-result .certainty")).ToHaveAttributeAsync("data-level", "low");
        await Expect(page.Locator("path.search-marker")).ToHaveCountAsync(0);
        var street = page.Locator("path.street-highlight");
        await Expect(street).ToHaveCountAsync(1);
        await session.WaitForMapAtRestAsync();
        var sheet = (await page.Locator("#panel").BoundingBoxAsync())!;
        var line = (await street.BoundingBoxAsync())!;
        Assert.True(line.Y < sheet.Y, $"the street ({line.Y:F0}) starts under the sheet ({sheet.Y:F0})");
        await session.ScreenshotAsync($"journey-{Phone}-mickiewicza-24-depends");

        var action = page.Locator("#panel-result button.settle-action[data-action='pointOnMap']");
        await Expect(action).ToHaveTextAsync("Wskaż swój budynek na mapie");
        await action.ClickAsync();
        await Expect(page.Locator("#panel")).ToBeHiddenAsync();
        await Expect(page.Locator("#message")).ToHaveTextAsync("Dotknij swojego budynku na mapie: sprawdzimy ten punkt.");

        // She taps her building, beside the street on the side of Żoliborz Oficerski (the part of it the map shows): the point answers.
        var area = (await page.Locator("path.area[data-partnership-id='zoliborz-oficerski']").BoundingBoxAsync())!;
        var mapBox = (await page.Locator("#map").BoundingBoxAsync())!;
        double left = Math.Max(area.X, mapBox.X), right = Math.Min(area.X + area.Width, mapBox.X + mapBox.Width);
        double top = Math.Max(area.Y, mapBox.Y), bottom = Math.Min(area.Y + area.Height, mapBox.Y + mapBox.Height);
        Assert.True(right > left + 10 && bottom > top + 10, "Żoliborz Oficerski is not in view");
        await page.Mouse.ClickAsync((float)((left + right) / 2), (float)((top + bottom) / 2));
        await Expect(page.Locator("#panel-result")).ToHaveAttributeAsync("data-basis", "point");
        await Expect(page.Locator("#panel-title")).Not.ToHaveTextAsync(new Regex("^Zależy"));
        await Expect(page.Locator("path.search-marker")).ToHaveCountAsync(1);
        await session.WaitForMapAtRestAsync();
        await AssertMarkerClearOfPanel(page);
        await AssertNoDeveloperWords(page);
        session.AssertClean();
    }

    [Fact]
    public async Task Resident_with_a_same_named_street_chooses_the_district_and_a_typed_district_is_used()
    {
        await using var session = await OpenPhoneAsync();
        var page = session.Page;

        var assumed = await AnswerFor("Słowackiego 15");
        Assert.True(assumed.GetProperty("assumedNamesake").GetBoolean());
        await Search(page, "Słowackiego 15");
        var result = page.Locator("#panel-result");
        await Expect(result.Locator(".answer")).ToHaveTextAsync(assumed.GetProperty("message").GetString()!);
        var wesola = result.Locator("button.pick-namesake", new() { HasText = "Wesoła" });
        await Expect(wesola).ToHaveTextAsync("Chodzi o ulicę w dzielnicy: Wesoła");
        await wesola.ClickAsync();
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Tu nie działa żadne partnerstwo");
        await Expect(result.Locator(".answer")).ToContainTextAsync("Wesoła");
        Assert.Contains(session.Requests, u => u.Contains("&district=Weso", StringComparison.Ordinal));

        // The district typed after the address chooses the street: no namesake assumed, none offered.
        var typed = await AnswerFor("Słowackiego 15", "Żoliborz");
        Assert.False(typed.GetProperty("assumedNamesake").GetBoolean());
        await Search(page, "Słowackiego 15 Żoliborz");
        await Expect(result.Locator(".answer")).ToHaveTextAsync(typed.GetProperty("message").GetString()!);
        await Expect(result.Locator("button.pick-namesake")).ToHaveCountAsync(0);
        Assert.Contains(session.Requests, u => u.Contains("address=S%C5%82owackiego%2015&district=%C5%BBoliborz", StringComparison.Ordinal));
        await Expect(page).ToHaveURLAsync(new Regex(@"q=S%C5%82owackiego\+15&d=%C5%BBoliborz"));

        // An empty search and a street type alone say what to type; no double full stop.
        await Search(page, "");
        await Expect(page.Locator("#message")).ToHaveTextAsync("Wpisz ulicę i numer domu (np. Słowackiego 5) albo współrzędne (np. 52.27, 20.98).");
        await Search(page, "ul.");
        await Expect(page.Locator("#message")).ToHaveTextAsync("Po „ul.” wpisz nazwę ulicy i numer domu, np. ul. Słowackiego 5.");
        await session.ScreenshotAsync($"journey-{Phone}-type-only");
        session.AssertClean();
    }

    [Fact]
    public async Task Resident_types_coordinates_and_reads_the_facts_in_plain_polish()
    {
        var (lat, lon) = BrowserDataset.CentreOf("marymont-kaskada");
        await using var session = await OpenPhoneAsync();
        var page = session.Page;
        await Expect(page.Locator(".leaflet-control-zoom-in")).ToHaveAttributeAsync("title", "Przybliż");
        await Expect(page.Locator(".leaflet-control-zoom-out")).ToHaveAttributeAsync("title", "Oddal");

        await Search(page, string.Create(CultureInfo.InvariantCulture, $"{lat}, {lon}"));
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Marymont-Kaskada");
        await Expect(page.Locator("#panel-result .answer")).ToHaveTextAsync("Ten punkt leży w obszarze partnerstwa Marymont-Kaskada.");
        await Expect(page.Locator("#panel-result .certainty")).ToHaveTextAsync(new Regex("^Pewność "));
        await session.WaitForMapAtRestAsync();
        await AssertMarkerClearOfPanel(page);
        // Zoomed in on the plain background, its street lines carry their names.
        await Expect(page.Locator(".street-label", new() { HasText = "Adama Mickiewicza" })).ToBeVisibleAsync();

        var panel = page.Locator("#panel");
        await Expect(panel.Locator(".boundary-text")).ToHaveTextAsync("„rejon w obszarze ulic: Mickiewicza, Trasy AK, Słowackiego, Potockiej, w tym Park Kaskada”");
        await Expect(panel).ToContainTextAsync("Inicjatorzy");
        await Expect(panel).ToContainTextAsync("Ognisko Marymont");
        await Expect(panel).ToContainTextAsync("maj 2013");
        await Expect(panel.Locator(".provenance")).ToContainTextAsync("Granice wyznaczone z przebiegu ulic: Adama Mickiewicza, Armii Krajowej, Juliusza Słowackiego, Potocka;");
        await AssertNoDeveloperWords(page);
        await session.ScreenshotAsync($"journey-{Phone}-coordinates-facts");

        // Moje Wierzbno has its contact in the registry: it is shown; its MSI-built boundary says so.
        await page.Locator("#panel-close").ClickAsync();
        await page.Locator("#legend summary").ClickAsync();
        // On a phone the opened legend lies below the map: it covers no area.
        var legend = (await page.Locator("#legend").BoundingBoxAsync())!;
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        Assert.True(legend.Y >= map.Y + map.Height - 1, $"the legend ({legend.Y:F0}) lies over the map (bottom {map.Y + map.Height:F0})");
        await page.Locator(".legend-item[data-partnership-id='moje-wierzbno']").ClickAsync();
        await Expect(panel).ToContainTextAsync("Stowarzyszenie W Stronę Marzeń");
        await Expect(panel).ToContainTextAsync("ul. Malczewskiego 44a, 02-622 Warszawa");
        await Expect(panel).ToContainTextAsync("Dni Sąsiada");
        await Expect(panel.Locator(".provenance")).ToContainTextAsync("Granice osiedla z Miejskiego Systemu Informacji, wyznaczone z przebiegu ulic: Racławicka, Puławska (dodana: opis jej nie wymienia)");
        session.AssertClean();
    }

    [Fact]
    public async Task Resident_shares_her_location_and_is_told_in_polish_when_she_does_not()
    {
        var (lat, lon) = BrowserDataset.CentreOf("sady-zoliborskie");
        await using (var allowed = await fixture.OpenAsync(390, 844, configure: o =>
        {
            o.Geolocation = new Geolocation { Latitude = (float)lat, Longitude = (float)lon };
            o.Permissions = ["geolocation"];
        }))
        {
            var page = allowed.Page;
            await allowed.GotoAsync("/");
            await page.Locator("#locate-button").ClickAsync();
            await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Sady Żoliborskie");
            await Expect(page.Locator("#panel-kicker")).ToHaveTextAsync("Twoje partnerstwo");
            await Expect(page.Locator("path.search-marker")).ToHaveCountAsync(1);
            await allowed.WaitForMapAtRestAsync();
            await AssertMarkerClearOfPanel(page);
            await allowed.ScreenshotAsync($"journey-{Phone}-location-allowed");
            allowed.AssertClean();
        }

        await using var denied = await fixture.OpenAsync(390, 844, configure: o => o.Geolocation = new Geolocation { Latitude = (float)lat, Longitude = (float)lon });
        await denied.GotoAsync("/");
        await denied.Page.Context.ClearPermissionsAsync();
        await denied.Page.Locator("#locate-button").ClickAsync();
        await Expect(denied.Page.Locator("#message")).ToHaveTextAsync("Nie pozwolono stronie poznać Twojej lokalizacji. Wpisz adres albo dotknij mapy.");
        await Expect(denied.Page.Locator("#panel")).ToBeHiddenAsync();
        await AssertNoDeveloperWords(denied.Page);
        denied.AssertClean();
    }

    [Fact]
    public async Task Resident_in_english_reads_the_answer_and_the_facts_in_english()
    {
        var expected = await AnswerFor("Elbląska 20", language: "en");
        await using var session = await fixture.OpenAsync(1280, 800, locale: "en-GB");
        var page = session.Page;
        await session.GotoAsync("/");
        await Expect(page.Locator(".leaflet-control-zoom-in")).ToHaveAttributeAsync("title", "Zoom in");
        await Search(page, "Elbląska 20");
        await Expect(page.Locator("#panel-kicker")).ToHaveTextAsync("Your partnership");
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync(expected.GetProperty("areas")[0].GetProperty("name").GetString()!);
        await Expect(page.Locator("#panel-result .answer")).ToHaveTextAsync(expected.GetProperty("message").GetString()!);
        await Expect(page.Locator("#panel-result .certainty")).ToHaveTextAsync(new Regex(@"^(High|Medium|Low) certainty"));
        var panel = page.Locator("#panel");
        await Expect(panel).ToContainTextAsync("Neighbourhoods");
        await Expect(panel).ToContainTextAsync("The boundary in the partnership’s words");
        await Expect(panel.Locator(".provenance")).ToHaveTextAsync(new Regex(@"^Boundary drawn along the streets: .*; accurate to about \d+ m; data: ZDM Warszawa, .*\.$"));
        await Expect(panel.Locator(".no-contact")).ToHaveTextAsync(new Regex("^The partnership gives no contact address. Ask its coordinator: "));
        await session.WaitForMapAtRestAsync();
        var side = (await panel.BoundingBoxAsync())!;
        var area = (await page.Locator("path.area.is-selected").BoundingBoxAsync())!;
        Assert.True(area.X + area.Width <= side.X + 1, $"the area (right edge {area.X + area.Width:F0}) reaches under the side panel ({side.X:F0})");
        await session.ScreenshotAsync("journey-1280x800-english-elblaska-20");
        session.AssertClean();
    }

    /// <summary>A district's website on another origin (a second Kestrel on 127.0.0.1) framing the embed.</summary>
    private static async Task<(WebApplication App, Uri Address)> HostSite(string iframeSrc, int width, int height)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var html = $"""
            <!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Dzielnica</title></head>
            <body style="margin:0"><main><h1>Strona dzielnicy</h1>
            <iframe id="map-frame" src="{WebUtility.HtmlEncode(iframeSrc)}" title="Mapa partnerstw lokalnych" width="{width}" height="{height}" style="border:0" allow="geolocation"></iframe>
            </main></body></html>
            """;
        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return (app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    [Fact]
    public async Task Webmaster_frames_the_embed_cross_origin_with_its_search_and_one_partnership()
    {
        var (host, hostAddress) = await HostSite($"{fixture.BaseAddress}embed?p=zoliborz-oficerski", 900, 480);
        await using var _ = host;
        Assert.NotEqual(hostAddress.Port, fixture.BaseAddress.Port);
        await using var session = await fixture.OpenAsync(1000, 640);
        var page = session.Page;
        await page.GotoAsync(hostAddress.ToString());
        var frame = page.FrameLocator("#map-frame");
        await frame.Locator("body[data-ready='true']").WaitForAsync();

        // ?p= shows that partnership alone, and the legend says so.
        await Expect(frame.Locator("path.area")).ToHaveCountAsync(1);
        await Expect(frame.Locator("path.area[data-partnership-id='zoliborz-oficerski']")).ToHaveCountAsync(1);
        await Expect(frame.Locator(".legend-item")).ToHaveCountAsync(1);
        await Expect(frame.Locator("#legend-others")).ToHaveTextAsync("+ 4 inne partnerstwa na pełnej mapie");
        await Expect(frame.Locator("#panel-title")).ToHaveTextAsync("Żoliborz Oficerski");

        // The search box is there by default and answers in the frame; the marker and the link stay clear of the panel.
        var expected = await AnswerFor("Mickiewicza 20");
        await Expect(frame.Locator("#search-input")).ToBeVisibleAsync();
        await frame.Locator("#search-input").FillAsync("Mickiewicza 20");
        await frame.Locator("#search-input").PressAsync("Enter");
        await Expect(frame.Locator("#panel-title")).ToHaveTextAsync(expected.GetProperty("areas")[0].GetProperty("name").GetString()!);
        await frame.Locator(PageSession.MapAtRest).WaitForAsync();
        await Expect(frame.Locator("path.search-marker")).ToHaveCountAsync(1);
        await AssertMarkerClearOfPanel(frame.Locator("path.search-marker"), frame.Locator("#panel"), frame.Locator("#map"));
        var link = frame.Locator("#full-map-link");
        await Expect(link).ToBeVisibleAsync();
        var l = (await link.BoundingBoxAsync())!;
        var p = (await frame.Locator("#panel").BoundingBoxAsync())!;
        Assert.True(l.Y + l.Height <= p.Y || l.X + l.Width <= p.X, "the panel covers the full-map link");
        await session.ScreenshotAsync("journey-iframe-900x480-search", mapOnThisPage: false);

        // "Otwórz pełną mapę" opens the full page at the same state: the same address asked, the same answer.
        var href = (await link.GetAttributeAsync("href"))!;
        Assert.StartsWith($"{fixture.BaseAddress}?p=zoliborz-oficerski&q=Mickiewicza+20", href, StringComparison.Ordinal);
        output.WriteLine("full map link: " + href);
        Assert.Matches(@"#\d+/\d+\.\d+/\d+\.\d+$", href);
        var full = await page.Context.NewPageAsync();
        await full.GotoAsync(href);
        await full.WaitForSelectorAsync("body[data-ready='true']");
        await Expect(full.Locator("#panel-title")).ToHaveTextAsync(expected.GetProperty("areas")[0].GetProperty("name").GetString()!);
        await Expect(full.Locator("#search-input")).ToHaveValueAsync("Mickiewicza 20");
        await Expect(full.Locator("path.area")).ToHaveCountAsync(5);
        await full.CloseAsync();

        // ?search=0 hides the search box; the link stays.
        var (bare, bareAddress) = await HostSite($"{fixture.BaseAddress}embed?p=zoliborz-oficerski&search=0", 900, 480);
        await using var __ = bare;
        await page.GotoAsync(bareAddress.ToString());
        var bareFrame = page.FrameLocator("#map-frame");
        await bareFrame.Locator("body[data-ready='true']").WaitForAsync();
        await Expect(bareFrame.Locator("#search-input")).ToBeHiddenAsync();
        await Expect(bareFrame.Locator("#full-map-link")).ToBeVisibleAsync();
        Assert.DoesNotContain("search=0", (await bareFrame.Locator("#full-map-link").GetAttributeAsync("href"))!, StringComparison.Ordinal);

        Assert.Equal(127, session.Requests.Select(u => new Uri(u)).Where(u => u.Host != MapPageFixture.TileHost).Select(u => IPAddress.Parse(u.Host).GetAddressBytes()[0]).Distinct().Single());
        session.AssertClean(null, hostAddress, bareAddress);
    }

    [Theory]
    [InlineData("/", 1280, 800)]
    [InlineData("/", 390, 844)]
    [InlineData("/embed?p=marymont-kaskada", 900, 480)]
    public async Task Axe_finds_no_serious_or_critical_violation_with_an_answer_open(string path, int width, int height)
    {
        await using var session = await fixture.OpenAsync(width, height);
        var page = session.Page;
        await session.GotoAsync(path);
        await Search(page, "Mickiewicza 24");
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync(new Regex("^Zależy od strony ulicy"));
        await session.WaitForMapAtRestAsync();
        var result = await page.RunAxe();
        var bad = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        foreach (var v in result.Violations) output.WriteLine($"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}");
        Assert.True(result.Passes.Length > 10, $"axe checked only {result.Passes.Length} rules");
        Assert.Empty(bad.Select(v => $"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes)"));
        session.AssertClean();
    }
}
