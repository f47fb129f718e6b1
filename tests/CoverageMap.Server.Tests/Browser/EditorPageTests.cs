using System.Text.RegularExpressions;
using CoverageMap.Data.Store;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>The editor in a real headless Chromium against the real server and store (issue 12).</summary>
public sealed partial class EditorPageTests(EditorPageFixture fixture) : IClassFixture<EditorPageFixture>
{
    private static string SadySeedSentenceFromShared() =>
        Directory.GetFiles(SharedData.Path("seeds"), "*.txt").Select(File.ReadAllText)
            .SelectMany(t => t.Split('\n')).Single(l => l.Contains("Włościańską, Słowackiego", StringComparison.Ordinal)).Trim();

    private static async Task SignIn(IPage page, string token)
    {
        await page.FillAsync("#key-input", token);
        await page.ClickAsync("#key-button");
        await Expect(page.Locator("#editor")).ToBeVisibleAsync();
        await Expect(page.Locator("#partnership-select option")).ToHaveCountAsync(5);
    }

    [Fact]
    public async Task Without_a_valid_key_the_editor_is_refused()
    {
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/editor");
        await Expect(page.Locator("#editor")).ToBeHiddenAsync();
        await Expect(page.Locator("#key-status")).ToContainTextAsync("wymaga klucza API");
        await page.FillAsync("#key-input", "cmk_not-a-key");
        await page.ClickAsync("#key-button");
        await Expect(page.Locator("#key-status")).ToContainTextAsync("Odmowa dostępu: Podany klucz API jest nieprawidłowy");
        await Expect(page.Locator("#editor")).ToBeHiddenAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(MapPageFixture.ScreenshotDir, "editor-refused.png") });
        // The page asked the API once for the session and got a 401; it never drew the editor.
        session.AssertClean(e => e.Contains("401", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Seed_sentence_to_a_draft_with_a_gap_and_a_supplement_reviewed_activated_and_rolled_back()
    {
        var editorKey = await fixture.KeyAsync("Anna Kowalska, OPS Żoliborz", ApiKeyScopes.Edit);
        var approverKey = await fixture.KeyAsync("Jan Nowak, Urząd Dzielnicy", ApiKeyScopes.Activate);
        var seeded = (await fixture.Store.ListVersionsAsync()).Single(v => v.IsActive).Id;
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/editor");
        await SignIn(page, editorKey);
        await Expect(page.Locator("#who")).ToContainTextAsync("Anna Kowalska, OPS Żoliborz");

        // Paste the seed sentence of Sady Żoliborskie and read it.
        await page.SelectOptionAsync("#partnership-select", "sady-zoliborskie");
        await page.FillAsync("#description-input", SadySeedSentenceFromShared());
        await page.ClickAsync("#parse-button");
        await Expect(page.Locator("#parsed-list li.parsed")).ToHaveCountAsync(4);
        await Expect(page.Locator("#parsed-list li[data-confidence='inflected']")).ToContainTextAsync("Włościańską");
        await Expect(page.Locator("#street-list li")).ToHaveCountAsync(4);

        // Build: the four streets close the ring.
        await page.ClickAsync("#build-button");
        await Expect(page.Locator("#build-status[data-succeeded='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("path.built-area")).ToHaveCountAsync(1);

        // A list that lost a street (Popiełuszki) leaves a gap, shown with its length and where it is.
        await page.Locator("#street-list li").Nth(2).Locator(".remove-street").ClickAsync();
        await page.ClickAsync("#build-button");
        await Expect(page.Locator("#build-status[data-succeeded='false']")).ToBeVisibleAsync();
        await Expect(page.Locator("#build-messages li[data-code='ring-open']")).ToContainTextAsync("Przerwa");
        await Expect(page.Locator("path.gap-line")).ToHaveCountAsync(1);
        await session.ScreenshotAsync("editor-gap");

        // A supplement with its reason (Krasińskiego closes the south) and a tolerance for the 48.1 m left between it and Słowackiego.
        await page.ClickAsync("#add-street");
        await page.Locator("#street-list li").Last.Locator(".street-name").FillAsync("Krasińskiego");
        await page.Locator("#street-list li").Last.Locator(".street-why").FillAsync("Południowa granica według uchwały zarządu dzielnicy");
        await page.ClickAsync("#build-button");
        await Expect(page.Locator("#build-messages li[data-code='ring-open']")).ToContainTextAsync("49 m");
        await page.FillAsync("#gap-input", "60");
        await page.ClickAsync("#build-button");
        await Expect(page.Locator("#build-status[data-succeeded='true']")).ToBeVisibleAsync();
        await Expect(page.Locator("path.built-area")).ToHaveCountAsync(1);
        await Expect(page.Locator("#build-messages li[data-code='gap-bridged']")).ToBeVisibleAsync();
        await Expect(page.Locator("path.gap-line")).ToHaveCountAsync(1);
        await session.ScreenshotAsync("editor-polygon-with-bridged-gap");

        // A fact with a mistake is refused next to its field; corrected, the draft is saved.
        await page.FillAsync("#contact-organisation", "OPS Żoliborz");
        await page.FillAsync("#contact-postcode", "01627");
        await page.FillAsync("#reason-input", "Nowa granica południowa");
        await page.ClickAsync("#save-button");
        await Expect(page.Locator("#save-errors li[data-field-error='facts.contact.postcode']")).ToContainTextAsync("00-000");
        await Expect(page.Locator("#contact-postcode[aria-invalid='true']")).ToBeVisibleAsync();
        await page.FillAsync("#contact-postcode", "01-627");
        await page.ClickAsync("#save-button");
        await Expect(page.Locator("#save-status[data-version]")).ToContainTextAsync("Zapisano szkic");
        var draft = long.Parse((await page.GetAttributeAsync("#save-status", "data-version"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(seeded, (await fixture.Store.ListVersionsAsync()).Single(v => v.IsActive).Id);

        // The diff: the area changed, drawn on the map, and the addresses that change partnership.
        await Expect(page.Locator("#diff-areas tr[data-partnership='sady-zoliborskie']")).ToBeVisibleAsync();
        await Expect(page.Locator("#diff-summary")).ToHaveAttributeAsync("data-moved", new Regex("^[1-9][0-9]*$"));
        await Expect(page.Locator("#moves-list li.move").First).ToContainTextAsync("Sady Żoliborskie");
        Assert.True(await page.Locator("path.diff-gained, path.diff-lost").CountAsync() > 0);
        await session.ScreenshotAsync("editor-diff");

        // The editor's key cannot activate: the server's 403 sentence is shown.
        await page.FillAsync("#activate-reason", "Zatwierdzone");
        await page.ClickAsync("#activate-button");
        await Expect(page.Locator("#activate-status")).ToContainTextAsync("nie ma uprawnienia „activate”");

        // The approver activates it, then rolls back to the seeded version.
        await page.ClickAsync("#logout-button");
        await SignIn(page, approverKey);
        await Expect(page.Locator("#diff-to")).ToHaveValueAsync(draft.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#activate-reason", "Zatwierdzone przez zarząd dzielnicy");
        await page.ClickAsync("#activate-button");
        await Expect(page.Locator("#activate-status")).ToHaveAttributeAsync("data-active", draft.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(draft, (await fixture.Store.ListVersionsAsync()).Single(v => v.IsActive).Id);
        await page.FillAsync("#activate-reason", "Wycofanie do czasu konsultacji");
        await page.Locator($"#versions-list li[data-version='{seeded}'] button.restore").ClickAsync();
        await Expect(page.Locator("#activate-status")).ToContainTextAsync("Przywrócono wersję");
        Assert.Equal(seeded, (await fixture.Store.ListVersionsAsync()).Single(v => v.IsActive).Id);
        await Expect(page.Locator("#audit-list li[data-action='rolled-back']", new() { HasText = "Jan Nowak, Urząd Dzielnicy" })).ToHaveCountAsync(1);
        await Expect(page.Locator("#audit-list li[data-action='draft-saved']", new() { HasText = "Anna Kowalska, OPS Żoliborz" })).ToHaveCountAsync(1);
        await session.ScreenshotAsync("editor-rolled-back");

        // The errors the page met are the API's refusals it showed (the postcode 400, the 403), nothing else.
        session.AssertClean(e => e.Contains("400", StringComparison.Ordinal) || e.Contains("403", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_built_polygon_adjusted_by_hand_with_geoman_is_saved_as_drawn()
    {
        var key = await fixture.KeyAsync("GIS Żoliborz", ApiKeyScopes.Edit);
        await using var session = await fixture.OpenAsync();
        var page = session.Page;
        await session.GotoAsync("/editor");
        await SignIn(page, key);
        await page.SelectOptionAsync("#partnership-select", "marymont-kaskada");
        await page.ClickAsync("#build-button");
        await Expect(page.Locator("#build-status[data-succeeded='true']")).ToBeVisibleAsync();
        await page.ClickAsync("#edit-button");
        var vertex = page.Locator(".leaflet-marker-icon.marker-icon").First;
        await Expect(vertex).ToBeVisibleAsync();
        var box = (await vertex.BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width / 2 + 40, box.Y + box.Height / 2 + 30, new MouseMoveOptions { Steps = 8 });
        await page.Mouse.UpAsync();
        await Expect(page.Locator("#build-status")).ToContainTextAsync("poprawiony ręcznie");
        await Expect(page.Locator("#reset-edit-button")).ToBeVisibleAsync();
        await page.ClickAsync("#edit-button");
        await session.ScreenshotAsync("editor-adjusted-by-hand");

        await page.FillAsync("#reason-input", "Granica dopasowana do ogrodzenia parku");
        await page.ClickAsync("#save-button");
        await Expect(page.Locator("#save-status[data-version]")).ToContainTextAsync("Zapisano szkic");
        var draft = long.Parse((await page.GetAttributeAsync("#save-status", "data-version"))!, System.Globalization.CultureInfo.InvariantCulture);
        var area = (await fixture.Store.LoadAsync(draft))!.Areas.Single(a => a.PartnershipId == "marymont-kaskada");
        Assert.Equal("adjusted-by-hand", area.Provenance.Method);
        var seeded = (await fixture.Store.LoadAsync((await fixture.Store.ListVersionsAsync()).Single(v => v.Origin == DatasetOrigins.Seed).Id))!;
        Assert.False(area.Geometry.EqualsExact(seeded.Areas.Single(a => a.PartnershipId == "marymont-kaskada").Geometry));
        session.AssertClean();
    }
}
