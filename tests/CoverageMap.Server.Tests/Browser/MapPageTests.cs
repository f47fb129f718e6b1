using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>The map page in a real headless Chromium against the real server (issue #4).</summary>
public sealed partial class MapPageTests(MapPageFixture fixture, ITestOutputHelper output) : IClassFixture<MapPageFixture>
{
    private static readonly string[] RealIds = ["dla-zatrasia-i-rudawki", "marymont-kaskada", "zoliborz-oficerski", "sady-zoliborskie", "moje-wierzbno"];

    private static string View(string id, int zoom)
    {
        var (lat, lon) = BrowserDataset.CentreOf(id);
        return string.Create(CultureInfo.InvariantCulture, $"#{zoom}/{lat}/{lon}");
    }

    /// <summary>"lat, lon" of a point inside the area, as a person would type it.</summary>
    private static string Typed(string id)
    {
        var (lat, lon) = BrowserDataset.CentreOf(id);
        return string.Create(CultureInfo.InvariantCulture, $"{lat}, {lon}");
    }

    [Fact]
    public async Task Page_draws_every_area_with_legend_and_plain_basemap_when_tiles_fail()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/");

        await Expect(page.Locator("path.area")).ToHaveCountAsync(BrowserDataset.AreaIds.Count);
        foreach (var id in RealIds)
        {
            await Expect(page.Locator($"path.area[data-partnership-id='{id}']")).ToHaveCountAsync(1);
            await Expect(page.Locator($".legend-item[data-partnership-id='{id}']")).ToBeVisibleAsync();
        }
        // The tiles cannot load here: the page says so by its look (plain background, faint street lines).
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-basemap", "plain");
        await page.WaitForSelectorAsync("path.street-line");
        Assert.True(await page.Locator("path.street-line").CountAsync() > 10);
        await Expect(page.Locator(".leaflet-control-attribution")).ToHaveTextAsync("Podkład mapy niedostępny: widać obszary i ulice graniczne");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Partnerstwa lokalne w Warszawie");

        // Areas differ by more than hue: each has its own fill pattern and outline dash.
        var looks = await page.EvalOnSelectorAllAsync<string[]>("path.area",
            "ps => ps.map(p => getComputedStyle(p).fill + '|' + (p.getAttribute('stroke-dasharray') || 'solid'))");
        Assert.Equal(looks.Length, looks.Distinct().Count());

        // Labels appear once zoomed in.
        await session.GotoAsync("/" + View("marymont-kaskada", 14));
        await Expect(page.Locator(".area-label", new() { HasText = "Marymont-Kaskada" })).ToBeVisibleAsync();
        await session.ScreenshotAsync("desktop-1280x800-areas");
        session.AssertClean();
        Assert.Contains(session.Requests, u => u.Contains(MapPageFixture.TileHost, StringComparison.Ordinal));
    }

    /// <summary>The skeleton network's street names (geodata/streets-skeleton-2026-12.geojson, the fixture's network).</summary>
    private static readonly string[] SkeletonStreets = ReadSkeletonNames();

    private static string[] ReadSkeletonNames()
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SharedData.RepoPath("geodata", "streets-skeleton-2026-12.geojson")));
        return doc.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("name").GetString()!).ToArray();
    }

    /// <summary>A street the page can be asked about, and what the real API answers for it (by the street and its district).</summary>
    private sealed record StreetCase(string Typed, string Name, double Lat, double Lon, string PartnershipId, string PartnershipName, string Status, string Basis, string Message, bool OutsideAlsoPossible);

    /// <summary>The panel's heading for the street's answer: the partnership, or what it depends on (issue 10: the heading is the answer).</summary>
    private static string HeadingOf(StreetCase street) => street.Status switch
    {
        "resolved" => street.PartnershipName,
        "multiple" when street.Basis is "streetSide" or "registry" => "Zależy od strony ulicy: " + street.PartnershipName + (street.OutsideAlsoPossible ? " albo żadne" : ""),
        "multiple" when street.Basis == "streetStretch" => "Zależy od numeru: " + street.PartnershipName + (street.OutsideAlsoPossible ? " albo żadne" : ""),
        _ => "Jedno z: " + street.PartnershipName + (street.OutsideAlsoPossible ? " albo żadne" : ""),
    };

    /// <summary>
    /// A real street of the register, found through the real /api/streets, that the real /api/lookup answers (by the
    /// street and its district) with exactly one partnership, and whose representative point lies inside that
    /// partnership's area: its suggestion, point, partnership and the answer. (Every street of the skeleton bounds an
    /// area, so the answer is usually that the street runs along the area's border: that partnership or none.)
    /// </summary>
    private async Task<StreetCase> StreetOfOneArea()
    {
        using var api = fixture.Api();
        foreach (var fullName in SkeletonStreets)
        {
            var typed = fullName.Split(' ')[^1][..^1]; // the last word less its last letter, as a person types it
            using var streets = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync("api/streets?limit=8&q=" + Uri.EscapeDataString(typed)));
            foreach (var street in streets.RootElement.EnumerateArray())
            {
                if (street.GetProperty("fullName").GetString() != fullName || street.GetProperty("point").ValueKind != System.Text.Json.JsonValueKind.Object) continue;
                double lat = street.GetProperty("point").GetProperty("lat").GetDouble(), lon = street.GetProperty("point").GetProperty("lon").GetDouble();
                using var lookup = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"api/lookup?lat={lat}&lon={lon}")));
                var areas = lookup.RootElement.GetProperty("areas");
                if (areas.GetArrayLength() != 1 || areas[0].GetProperty("relation").GetString() != "inside") continue;
                var name = street.GetProperty("name").GetString()!;
                using var answer = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync(
                    "api/lookup?address=" + Uri.EscapeDataString(name) + "&district=" + Uri.EscapeDataString(street.GetProperty("districts")[0].GetString()!)));
                var a = answer.RootElement;
                var named = a.GetProperty("areas");
                if (named.GetArrayLength() == 1 && named[0].GetProperty("partnershipId").GetString() == areas[0].GetProperty("partnershipId").GetString())
                    return new StreetCase(typed, name, lat, lon, areas[0].GetProperty("partnershipId").GetString()!, areas[0].GetProperty("name").GetString()!,
                        a.GetProperty("status").GetString()!, a.GetProperty("basis").GetString()!, a.GetProperty("message").GetString()!,
                        a.GetProperty("outsideAlsoPossible").GetBoolean());
            }
        }
        throw new InvalidOperationException("No skeleton street is answered with one partnership whose area holds the street's representative point.");
    }

    [Fact]
    public async Task Street_search_highlights_the_covering_partnership_and_opens_its_panel()
    {
        var street = await StreetOfOneArea();
        output.WriteLine($"street: {street.Name} ({street.Typed}) at {street.Lat}, {street.Lon} in {street.PartnershipId}: {street.Status} by {street.Basis}");
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/");

        await page.Locator("#search-input").PressSequentiallyAsync(street.Typed);
        var suggestion = page.Locator("#suggestions [role=option]", new() { HasText = street.Name });
        await Expect(suggestion).ToBeVisibleAsync();
        await Expect(suggestion.Locator(".suggestion-districts")).Not.ToBeEmptyAsync();
        await suggestion.ClickAsync();

        await Expect(page.Locator("#search-input")).ToHaveValueAsync(street.Name);
        await Expect(page.Locator("#panel")).ToBeVisibleAsync();
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync(HeadingOf(street));
        await Expect(page.Locator("#panel-result")).ToContainTextAsync(street.PartnershipName);
        // The page shows the answer for the street (its status, what it rests on, its sentence), and how sure it is.
        await Expect(page.Locator("#panel-result")).ToHaveAttributeAsync("data-status", street.Status);
        await Expect(page.Locator("#panel-result")).ToHaveAttributeAsync("data-basis", street.Basis);
        await Expect(page.Locator("#panel-result .answer")).ToHaveTextAsync(street.Message);
        await Expect(page.Locator("#panel-result .certainty")).ToHaveTextAsync(new Regex(@"^Pewność (wysoka|średnia|niska)"));
        await Expect(page.Locator($"path.area[data-partnership-id='{street.PartnershipId}']")).ToHaveClassAsync(new Regex(@"\bis-selected\b"));
        // A street without a number: the street highlighted (its line), not a marker at some point of it.
        await Expect(page.Locator("path.street-highlight")).ToHaveCountAsync(1);
        await Expect(page.Locator("path.search-marker")).ToHaveCountAsync(0);
        await Expect(page.Locator($".legend-item[data-partnership-id='{street.PartnershipId}']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page).ToHaveURLAsync(new Regex($@"\?p={Regex.Escape(street.PartnershipId)}&q=[^&#]+&d=[^&#]+#\d+/"));
        Assert.Contains(session.Requests, u => u.Contains("/api/streets?q=", StringComparison.Ordinal));
        // A picked street is asked by the street (its midpoint would sit on the border it draws); the marker marks it.
        Assert.Contains(session.Requests, u => u.Contains("/api/lookup?address=", StringComparison.Ordinal) && u.Contains("&district=", StringComparison.Ordinal));
        session.AssertClean();
    }

    [Fact]
    public async Task Address_search_answers_by_the_street_and_offers_the_other_street_of_a_shared_name()
    {
        var street = await StreetOfOneArea();
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/");

        // No address point in the test store and no street rule: the real resolver answers by the street's course.
        var address = street.Name.Split(' ', 2)[1] + " 5";
        await page.Locator("#search-input").FillAsync(address);
        await page.Locator("#search-input").PressAsync("Enter");
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync(HeadingOf(street));
        await Expect(page.Locator("#panel-result")).ToHaveAttributeAsync("data-status", street.Status);
        await Expect(page.Locator("#panel-result .answer")).ToContainTextAsync(street.PartnershipName);
        await Expect(page.Locator($"path.area[data-partnership-id='{street.PartnershipId}']")).ToHaveClassAsync(new Regex(@"\bis-selected\b"));
        Assert.Contains(session.Requests, u => u.Contains("/api/lookup?address=", StringComparison.Ordinal));

        // Mickiewicza is a street of Żoliborz (and Bielany) and of Wesoła, where no partnership works: the one in
        // Żoliborz is assumed, and said so. It runs along borders there: both areas, the side of the street decides.
        await page.Locator("#search-input").FillAsync("Mickiewicza 3");
        await page.Locator("#search-input").PressAsync("Enter");
        var result = page.Locator("#panel-result");
        await Expect(result).ToHaveAttributeAsync("data-status", "multiple");
        await Expect(result).ToHaveAttributeAsync("data-basis", "streetSide");
        await Expect(result.Locator(".answer")).ToContainTextAsync("Adama Mickiewicza 3: ulica biegnie tu wzdłuż granicy");
        await Expect(result.Locator(".answer")).ToContainTextAsync("Przyjęto ulicę w dzielnicy Bielany, Żoliborz; ulica o tej nazwie jest też w: Wesoła.");
        await Expect(result.Locator(".certainty")).ToHaveAttributeAsync("data-level", "low");
        await Expect(result.Locator(".certainty")).ToHaveTextAsync(new Regex(@"^Pewność niska \(położenie ±\d+ m\)$"));
        await Expect(result.Locator("button.show-other[data-relation='alongBorder']")).ToHaveCountAsync(1);
        await Expect(page.Locator("path.area.is-selected")).ToHaveCountAsync(1);
        var wesola = result.Locator("button.pick-namesake", new() { HasText = "Wesoła" });
        await Expect(wesola).ToHaveCountAsync(1);
        await wesola.ClickAsync();

        // Wesoła's Mickiewicza: no partnership works in that district, for sure.
        await Expect(result).ToHaveAttributeAsync("data-status", "noPartnership");
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Tu nie działa żadne partnerstwo");
        await Expect(result.Locator(".answer")).ToHaveTextAsync("Adama Mickiewicza 3: ulica leży w dzielnicy Wesoła, w której nie działa żadne z partnerstw.");
        await Expect(result.Locator(".certainty")).ToHaveTextAsync("Pewność wysoka");
        await Expect(page.Locator("path.area.is-selected")).ToHaveCountAsync(0);
        Assert.Contains(session.Requests, u => u.Contains("/api/lookup?address=", StringComparison.Ordinal) && u.Contains("&district=Weso", StringComparison.Ordinal));
        session.AssertClean();
    }

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task An_address_answer_shows_its_sentence_and_certainty_on_a_phone_and_a_desktop(int width, int height)
    {
        await using var session = await fixture.OpenAsync(width, height);
        var page = session.Page;
        await session.GotoAsync("/");

        // Słowackiego bounds Marymont-Kaskada and Sady Żoliborskie (and has a namesake in Wesoła): no. 15 depends on the side.
        await page.Locator("#search-input").FillAsync("Słowackiego 15");
        await page.Locator("#search-input").PressAsync("Enter");
        var result = page.Locator("#panel-result");
        await Expect(result).ToHaveAttributeAsync("data-status", "multiple");
        await Expect(result.Locator(".answer")).ToContainTextAsync("Juliusza Słowackiego 15: ulica biegnie tu wzdłuż granicy (Marymont-Kaskada albo Sady Żoliborskie albo żadne)");
        await Expect(result.Locator(".certainty")).ToHaveTextAsync(new Regex(@"^Pewność niska \(położenie ±\d+ m\)$"));
        // The heading is the answer: it depends on the side of the street; the facts below are of the first named.
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Zależy od strony ulicy: Marymont-Kaskada albo Sady Żoliborskie albo żadne");
        await Expect(page.Locator("#panel .about-title")).ToHaveTextAsync("O partnerstwie Marymont-Kaskada");
        await Expect(result.Locator("button.settle-action")).ToHaveTextAsync("Wskaż swój budynek na mapie");
        await Expect(result.Locator("button.show-other", new() { HasText = "Sady Żoliborskie" })).ToBeVisibleAsync();
        await Expect(result.Locator("button.pick-namesake", new() { HasText = "Wesoła" })).ToBeVisibleAsync();
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= width, $"page is {scrollWidth}px wide");
        await session.ScreenshotAsync($"address-{width}x{height}-slowackiego-15");
        session.AssertClean();
    }

    [Fact]
    public async Task An_ambiguous_street_name_offers_each_street_with_what_its_own_answer_says()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        // No Warsaw name is shared by streets in two districts partnerships serve, so the server's ambiguous answer is
        // played by the browser (nothing leaves it); the choice then asks the real server with the district.
        await page.RouteAsync("**/api/lookup?address=*", async route =>
        {
            if (route.Request.Url.Contains("district=", StringComparison.Ordinal)) { await route.ContinueAsync(); return; }
            await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "application/json; charset=utf-8", Body = AmbiguousMickiewicza });
        });
        await session.GotoAsync("/");

        await page.Locator("#search-input").FillAsync("Mickiewicza 3");
        await page.Locator("#search-input").PressAsync("Enter");
        var message = page.Locator("#message");
        await Expect(message).ToContainTextAsync("„Mickiewicza 3”: kilka ulic ma tę nazwę. Którą masz na myśli?");
        await Expect(message.Locator("button.choice", new() { HasText = "Żoliborz" })).ToHaveTextAsync("Ulica Adama Mickiewicza (Bielany, Żoliborz) — Żoliborz Oficerski albo Marymont-Kaskada");
        await Expect(message.Locator("button.choice", new() { HasText = "Wesoła" })).ToHaveTextAsync("Ulica Adama Mickiewicza (Wesoła) — żadne partnerstwo");
        await Expect(page.Locator("#panel")).ToBeHiddenAsync();

        await message.Locator("button.choice", new() { HasText = "Wesoła" }).ClickAsync();
        await Expect(page.Locator("#panel-result")).ToHaveAttributeAsync("data-status", "noPartnership");
        await Expect(page.Locator("#message")).ToBeHiddenAsync();
        session.AssertClean();
    }

    private const string AmbiguousMickiewicza = """
        {"address":"Mickiewicza 3","status":"ambiguousStreet","basis":"none","certainty":{"level":"none","metres":0,"text":"brak odpowiedzi"},
         "areas":[],"outsideAlsoPossible":false,"message":"„Mickiewicza” — ulice o tej nazwie (2 ulice). Podaj dzielnicę albo kod pocztowy.",
         "settle":["district","postcode"],"street":{"id":null,"name":"Mickiewicza","districts":[]},"houseNumber":"3","point":null,"assumedNamesake":false,
         "alternatives":[
          {"streetId":"ulica-adama-mickiewicza","name":"Ulica Adama Mickiewicza","districts":["Bielany","Żoliborz"],
           "answer":{"status":"multiple","basis":"streetSide","certainty":{"level":"low","metres":1176,"text":"pewność niska (położenie ±1176 m)"},
            "areas":[{"partnershipId":"zoliborz-oficerski","name":"Żoliborz Oficerski","relation":"alongBorder","lengthInsideMetres":0,"lengthAlongBorderMetres":670.1},
                     {"partnershipId":"marymont-kaskada","name":"Marymont-Kaskada","relation":"alongBorder","lengthInsideMetres":0,"lengthAlongBorderMetres":582.3}],
            "outsideAlsoPossible":true,"message":"…"}},
          {"streetId":"ulica-adama-mickiewicza-wesola","name":"Ulica Adama Mickiewicza","districts":["Wesoła"],
           "answer":{"status":"noPartnership","basis":"street","certainty":{"level":"high","metres":0,"text":"pewność wysoka"},"areas":[],"outsideAlsoPossible":false,"message":"…"}}],
         "ruleIds":[],"datasetVersion":1}
        """;

    [Fact]
    public async Task Clicking_inside_an_area_opens_its_panel_with_the_facts_and_approximate_boundaries()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/" + View("dla-zatrasia-i-rudawki", 15));

        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);

        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Dla Zatrasia i Rudawki");
        var panel = page.Locator("#panel");
        await Expect(panel).ToContainTextAsync("Nasz Żoliborz IV (2011–2018)");
        await Expect(panel).ToContainTextAsync("Ośrodek Pomocy Społecznej Dzielnicy Żoliborz");
        await Expect(panel).ToContainTextAsync("Biblioteka Publiczna w Dzielnicy Żoliborz m.st. Warszawy");
        await Expect(panel.Locator(".approximate")).ToHaveTextAsync(
            $"Granice przybliżone: mogą odbiegać od rzeczywistych o ok. {BrowserDataset.AccuracyOf("dla-zatrasia-i-rudawki")} m.");
        await Expect(page.Locator("path.area[data-partnership-id='dla-zatrasia-i-rudawki']")).ToHaveClassAsync(new Regex(@"\bis-selected\b"));
        await Expect(page).ToHaveURLAsync(new Regex(@"p=dla-zatrasia-i-rudawki&pt="));
        session.AssertClean();
    }

    [Fact]
    public async Task Every_visible_text_meets_WCAG_AA_contrast_against_its_background()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/" + View("dla-zatrasia-i-rudawki", 15));
        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);   // the panel is open too
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Dla Zatrasia i Rudawki");

        // For each element with its own visible text: the text colour against the first opaque background behind it
        // (WCAG 2.x relative luminance). Large text (≥ 24 px, or ≥ 18.66 px bold) needs 3:1, the rest 4.5:1.
        var audit = await page.EvaluateAsync<ContrastAudit>("""
            () => {
              const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null;
                const p = m[1].split(',').map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
              const lum = ({ r, g, b }) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i], 0);
              const background = (el) => { for (let n = el; n; n = n.parentElement) { const c = parse(getComputedStyle(n).backgroundColor);
                if (c && c.a >= 0.99) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
              const out = []; let checked = 0;
              for (const el of document.querySelectorAll('body *')) {
                const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
                if (!own) continue;
                const st = getComputedStyle(el); const r = el.getBoundingClientRect();
                if (st.visibility === 'hidden' || st.display === 'none' || r.width === 0 || r.height === 0 || el.closest('[hidden]')) continue;
                const fg = parse(st.color); if (!fg) continue;
                checked++;
                const bg = background(el);
                const blend = { r: fg.r * fg.a + bg.r * (1 - fg.a), g: fg.g * fg.a + bg.g * (1 - fg.a), b: fg.b * fg.a + bg.b * (1 - fg.a) };
                const [hi, lo] = [lum(blend), lum(bg)].sort((a, b) => b - a);
                const ratio = (hi + 0.05) / (lo + 0.05);
                const size = parseFloat(st.fontSize); const bold = parseInt(st.fontWeight, 10) >= 700;
                const need = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
                if (ratio < need) out.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 40)}": ${ratio.toFixed(2)} < ${need}`);
              }
              return { checked, failures: out };
            }
            """);
        Assert.True(audit.Checked > 30, $"only {audit.Checked} text elements were checked");
        Assert.Empty(audit.Failures);
        session.AssertClean();
    }

    [Fact]
    public async Task A_point_no_area_covers_names_the_nearest_partnership_and_its_distance()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/");

        await page.Locator("#search-input").FillAsync("52,185; 21,005");
        await page.Locator("#search-input").PressAsync("Enter");

        await Expect(page.Locator("#panel-result .answer")).ToHaveTextAsync("Ten punkt leży poza obszarami partnerstw.");
        await Expect(page.Locator("#panel-result")).ToHaveAttributeAsync("data-status", "noPartnership");
        await Expect(page.Locator("#panel-result .nearest")).ToHaveTextAsync(new Regex(@"^Najbliższe partnerstwo: Moje Wierzbno, \d{2,3} m stąd\.$"));
        await Expect(page.Locator("path.area.is-selected")).ToHaveCountAsync(0);
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Tu nie działa żadne partnerstwo");
        await page.Locator("#panel-result button", new() { HasText = "Moje Wierzbno" }).ClickAsync();
        // The heading stays the answer; the nearest partnership's facts follow it.
        await Expect(page.Locator("#panel .about-title")).ToHaveTextAsync("O partnerstwie Moje Wierzbno");
        session.AssertClean();
    }

    [Fact]
    public async Task Embed_mode_hides_the_chrome_and_ignores_the_wheel_until_the_map_is_clicked()
    {
        await using var session = await fixture.OpenAsync(800, 500);
        var page = session.Page;
        await session.GotoAsync("/embed" + View("sady-zoliborskie", 14));

        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator("#search")).ToBeVisibleAsync(); // on by default (issue 10); ?search=0 hides it
        await Expect(page.Locator("#legend")).ToBeVisibleAsync();
        await Expect(page.Locator("#full-map-link")).ToBeVisibleAsync();
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-zoom", "14");

        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Mouse.MoveAsync(x, y);
        await page.Mouse.WheelAsync(0, -600);
        await Expect(page.Locator("#wheel-hint")).ToBeVisibleAsync(); // the wheel reached the map, which declined it
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-zoom", "14");
        await session.ScreenshotAsync("embed-800x500-wheel-hint");

        await page.Mouse.ClickAsync(x, y);
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Sady Żoliborskie");
        await page.Mouse.WheelAsync(0, -600);
        await Expect(page.Locator("#map")).Not.ToHaveAttributeAsync("data-zoom", "14");
        var zoom = int.Parse((await page.Locator("#map").GetAttributeAsync("data-zoom"))!, CultureInfo.InvariantCulture);
        Assert.True(zoom > 14, $"zoom {zoom}");

        // A preselected partnership opens at once.
        await session.GotoAsync("/embed?p=marymont-kaskada");
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Marymont-Kaskada");
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await session.ScreenshotAsync("embed-800x500-preselected");
        session.AssertClean();
    }

    [Fact]
    public async Task Language_switch_and_browser_language_change_every_string_and_the_lang_attribute()
    {
        await using (var session = await fixture.OpenAsync())
        {
            var page = session.Page;
            await session.GotoAsync("/");
            await page.Locator("#search-input").FillAsync(Typed("zoliborz-oficerski"));
            await page.Locator("#search-input").PressAsync("Enter");
            await Expect(page.Locator("#panel-result .answer")).ToHaveTextAsync("Ten punkt leży w obszarze partnerstwa Żoliborz Oficerski.");
            await page.Locator("#lang-button").ClickAsync();
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            // The answer is asked again: its sentence and certainty come in English.
            await Expect(page.Locator("#panel-result .answer")).ToHaveTextAsync("This point lies in the area of Żoliborz Oficerski.");
            await Expect(page.Locator("#panel-result .certainty")).ToHaveTextAsync(new Regex(@"^(High|Medium|Low) certainty"));
            await Expect(page.Locator("h1")).ToHaveTextAsync("Local partnerships in Warsaw");
            await Expect(page.Locator("#lang-button")).ToHaveTextAsync("Polski");
            await Expect(page.Locator("#search-button")).ToHaveTextAsync("Search");
            await Expect(page).ToHaveURLAsync(new Regex(@"lang=en"));
            await page.Locator(".legend-item[data-partnership-id='marymont-kaskada']").ClickAsync();
            await Expect(page.Locator("#panel")).ToContainTextAsync("Founded");
            await Expect(page.Locator("#panel .approximate")).ToContainTextAsync("Approximate boundaries");
            await Expect(page.Locator("path.area[data-partnership-id='marymont-kaskada']")).ToHaveAttributeAsync("aria-label", "Marymont-Kaskada: show the partnership’s details");
            await page.Locator("#lang-button").ClickAsync();
            await Expect(page.Locator("#panel")).ToContainTextAsync("Data założenia");
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
            session.AssertClean();
        }

        await using (var english = await fixture.OpenAsync(locale: "en-GB"))
        {
            await english.GotoAsync("/");
            await Expect(english.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
            await Expect(english.Page.Locator("#locate-button")).ToHaveTextAsync("My location");
            english.AssertClean();
        }
    }

    [Fact]
    public async Task Keyboard_alone_reaches_an_area_and_a_legend_entry_opens_the_panel_and_escape_returns_focus()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/" + View("marymont-kaskada", 13));

        string? reached = null;
        for (var i = 0; i < 30 && reached is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<string?>("() => document.activeElement.matches('path.area') ? document.activeElement.dataset.partnershipId : null");
        }
        Assert.NotNull(reached);
        var name = reached == BrowserDataset.XssId ? BrowserDataset.XssName : await page.Locator($".legend-item[data-partnership-id='{reached}'] .legend-name").TextContentAsync();
        await Expect(page.Locator($"path.area[data-partnership-id='{reached}']")).ToHaveAttributeAsync("role", "button");

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync(name!);
        await Expect(page.Locator("#panel-title")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator("#panel")).ToBeHiddenAsync();
        await Expect(page.Locator($"path.area[data-partnership-id='{reached}']")).ToBeFocusedAsync();

        // On to the legend, still by keyboard only.
        string? legend = null;
        for (var i = 0; i < 30 && legend is null; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            legend = await page.EvaluateAsync<string?>("() => document.activeElement.matches('.legend-item') ? document.activeElement.dataset.partnershipId : null");
        }
        Assert.NotNull(legend);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#panel")).ToBeVisibleAsync();
        await Expect(page.Locator("#panel-title")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page.Locator($".legend-item[data-partnership-id='{legend}']")).ToBeFocusedAsync();

        // The focused element shows a visible outline.
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.Equal("solid", outline);
        session.AssertClean();
    }

    [Fact]
    public async Task Markup_in_data_is_shown_as_text_and_never_runs()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/" + View(BrowserDataset.XssId, 15));

        var legendName = page.Locator($".legend-item[data-partnership-id='{BrowserDataset.XssId}'] .legend-name");
        await Expect(legendName).ToHaveTextAsync(BrowserDataset.XssName);
        await Expect(page.Locator(".area-label", new() { HasText = BrowserDataset.XssName })).ToBeVisibleAsync();
        await legendName.ClickAsync();
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync(BrowserDataset.XssName);
        var panel = page.Locator("#panel");
        await Expect(panel).ToContainTextAsync("<script>alert(2)</script> (2015–2016)");
        await Expect(panel).ToContainTextAsync("<a href=javascript:alert(3)>OPS</a>");
        await Expect(panel).ToContainTextAsync("<svg onload=alert(4)>");
        await Expect(panel).ToContainTextAsync("<img src=y onerror=alert(5)>");
        await Expect(panel).ToContainTextAsync("Dokładność granic: ok. 5 m.");

        // Search the point inside too: the lookup result names it, as text.
        await page.Locator("#search-input").FillAsync(Typed(BrowserDataset.XssId));
        await page.Locator("#search-input").PressAsync("Enter");
        await Expect(page.Locator("#panel-result")).ToContainTextAsync(BrowserDataset.XssName);

        var injected = await page.EvaluateAsync<int>(
            "() => document.querySelectorAll('img[src=x], img[src=y], script:not([src]), svg[onload], #panel a[href^=javascript], #legend img, #panel img, .leaflet-tooltip img').length");
        Assert.Equal(0, injected);
        await session.ScreenshotAsync("desktop-1280x800-xss-as-text");
        Assert.DoesNotContain(session.Requests, u => u.EndsWith("/x", StringComparison.Ordinal) || u.EndsWith("/y", StringComparison.Ordinal));
        session.AssertClean();
    }

    [Fact]
    public async Task Phone_width_shows_a_bottom_sheet_without_horizontal_scrolling()
    {
        await using var session = await fixture.OpenAsync(360, 740);
        var page = session.Page;
        await session.GotoAsync("/");
        await session.ScreenshotAsync("phone-360x740-start");

        var street = await StreetOfOneArea();
        await page.Locator("#search-input").PressSequentiallyAsync(street.Typed);
        await page.Locator("#suggestions [role=option]", new() { HasText = street.Name }).ClickAsync();
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync(HeadingOf(street));

        await session.WaitForMapAtRestAsync();
        var sheet = (await page.Locator("#panel").BoundingBoxAsync())!;
        Assert.Equal(0, sheet.X, 1);
        Assert.Equal(360, sheet.Width, 1);
        Assert.Equal(740, sheet.Y + sheet.Height, 1);
        Assert.True(sheet.Height < 740 * 0.6, $"sheet height {sheet.Height}");
        // The highlighted street starts above the sheet.
        var line = (await page.Locator("path.street-highlight").BoundingBoxAsync())!;
        Assert.True(line.Y < sheet.Y, $"street from {line.Y}, sheet from {sheet.Y}");
        var scrollWidth = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scrollWidth <= 360, $"page is {scrollWidth}px wide");
        await session.ScreenshotAsync("phone-360x740-bottom-sheet");
        session.AssertClean();
    }

    [Fact]
    public async Task The_url_reproduces_selection_point_and_view_and_the_embed_dialog_offers_the_selection()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        var (lat, lon) = BrowserDataset.CentreOf("zoliborz-oficerski");
        var pt = string.Create(CultureInfo.InvariantCulture, $"{lat},{lon}");
        await session.GotoAsync(string.Create(CultureInfo.InvariantCulture, $"/?p=zoliborz-oficerski&pt={pt}#15/{lat}/{lon}"));

        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Żoliborz Oficerski");
        await Expect(page.Locator("path.search-marker")).ToHaveCountAsync(1);
        await Expect(page.Locator("#map")).ToHaveAttributeAsync("data-zoom", "15");
        await Expect(page).ToHaveURLAsync(new Regex($@"\?p=zoliborz-oficerski&pt={Regex.Escape(pt)}#15/"));

        await page.Locator("#embed-button").ClickAsync();
        var code = page.Locator("#embed-code");
        await Expect(code).ToBeVisibleAsync();
        var snippet = await code.InputValueAsync();
        Assert.StartsWith($"<iframe src=\"{fixture.BaseAddress}embed?p=zoliborz-oficerski\"", snippet, StringComparison.Ordinal);
        Assert.Contains("title=\"Mapa partnerstw lokalnych\"", snippet, StringComparison.Ordinal);
        await Expect(page.Locator("#embed-intro")).ToContainTextAsync("Żoliborz Oficerski");
        await Expect(page.Locator("#embed-copy")).ToBeVisibleAsync();
        session.AssertClean();
    }

    [Fact]
    public async Task My_location_looks_up_where_the_device_is()
    {
        var (lat, lon) = BrowserDataset.CentreOf("zoliborz-oficerski");
        await using var session = await fixture.OpenAsync(configure: o =>
        {
            o.Geolocation = new Geolocation { Latitude = (float)lat, Longitude = (float)lon };
            o.Permissions = ["geolocation"];
        });
        var page = session.Page;
        await session.GotoAsync("/");
        await page.Locator("#locate-button").ClickAsync();
        await Expect(page.Locator("#panel-title")).ToHaveTextAsync("Żoliborz Oficerski");
        await Expect(page.Locator("path.search-marker")).ToHaveCountAsync(1);
        session.AssertClean();
    }

    [Fact]
    public async Task First_load_of_page_leaflet_and_areas_stays_under_300_kilobytes_gzipped()
    {
        // gzip only (Chromium would take brotli from 127.0.0.1, which is smaller): the budget is stated in gzip.
        await using var session = await fixture.OpenAsync(configure: o => o.ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Encoding"] = "gzip" });
        var page = session.Page;
        await session.GotoAsync("/");
        await page.WaitForSelectorAsync("path.street-line");
        await session.WaitForMapAtRestAsync();

        long total = 0;
        var lines = new List<string>();
        foreach (var request in session.RequestObjects.Where(r => new Uri(r.Url).Host != MapPageFixture.TileHost))
        {
            var response = await request.ResponseAsync();
            Assert.NotNull(response);
            var sizes = await request.SizesAsync();
            var bytes = sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            total += bytes;
            lines.Add($"{bytes,8} {response.Headers.GetValueOrDefault("content-encoding", "-"),-5} {new Uri(request.Url).PathAndQuery}");
        }
        lines.Add($"{total,8} total ({total / 1024.0:F1} KiB, headers included; areas: geodata/areas.geojson + the injection rectangle)");
        File.WriteAllLines(Path.Combine(MapPageFixture.ScreenshotDir, "first-load.txt"), lines);
        foreach (var line in lines) output.WriteLine(line);
        Assert.Contains(lines, l => l.Contains("/lib/leaflet/leaflet.js", StringComparison.Ordinal) && l.Contains("gzip", StringComparison.Ordinal));
        Assert.True(total < 300 * 1024, $"first load is {total} bytes");
        session.AssertClean();
    }

    private sealed class ContrastAudit
    {
        public int Checked { get; set; }
        public string[] Failures { get; set; } = [];
    }
}
