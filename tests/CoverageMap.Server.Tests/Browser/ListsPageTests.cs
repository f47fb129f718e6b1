using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using CoverageMap.Server.Tests.Features.Lists;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace CoverageMap.Server.Tests.Browser;

/// <summary>
/// Issue 10's social worker, in Debian's Chromium against the real server with the bundled data: from the map page to
/// "Sprawdź listę adresów", a Windows-1250 <c>;</c> CSV and an XLSX uploaded, the address column chosen when it is
/// not recognised, the summary with the rows to check first, both downloads with every original column and the Polish
/// columns; no console error, no request off 127.0.0.1; axe-core on the page with a result shown.
/// </summary>
public sealed class ListsPageTests(BundledDataPageFixture fixture, ITestOutputHelper output) : IClassFixture<BundledDataPageFixture>
{
    private const string Clients = "Imię;Adres;Telefon\r\nAnna;Elbląska 20;+48 600 100 200\r\nJan;Śmiała 30;-\r\nEwa;;22 100 20 30\r\nOla;Gojawiczyńskiej 5;\r\n";

    private static FilePayload Csv1250() => new() { Name = "klienci.csv", MimeType = "text/csv", Buffer = ListFixtures.Windows1250.GetBytes(Clients) };

    /// <summary>A new browser context at the given size, at /lista.</summary>
    private async Task<PageSession> OpenListsAsync(int width, int height)
    {
        var session = await fixture.OpenAsync(width, height);
        await session.Page.GotoAsync("/lista");
        return session;
    }

    private static async Task UploadAsync(IPage page, FilePayload file)
    {
        await page.Locator("#file-input").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sprawdź listę" }).ClickAsync();
    }

    private static async Task<byte[]> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        return await File.ReadAllBytesAsync((await download.PathAsync())!);
    }

    /// <summary>The partnership the same server's API names for <paramref name="address"/> (the test follows the data).</summary>
    private async Task<string> PartnershipOf(string address)
    {
        using var api = fixture.Api();
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        using var answer = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync("api/lookup?address=" + Uri.EscapeDataString(address)));
        Assert.Equal("resolved", answer.RootElement.GetProperty("status").GetString());
        return answer.RootElement.GetProperty("areas")[0].GetProperty("name").GetString()!;
    }

    [Fact]
    public async Task A_Windows_1250_semicolon_CSV_is_read_as_such_summed_up_with_the_empty_row_first_and_downloaded_as_CSV_and_XLSX()
    {
        var elblaska = await PartnershipOf("Elbląska 20");
        await using var session = await fixture.OpenAsync(1280, 800);
        var page = session.Page;
        await session.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sprawdź listę adresów" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/lista$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Sprawdź listę adresów");
        await Expect(page.Locator("#limits")).ToContainTextAsync("100 000 wierszy i 20 MB");

        await UploadAsync(page, Csv1250());
        await Expect(page.Locator("#read-as")).ToContainTextAsync("Windows-1250");
        await Expect(page.Locator("#read-as")).ToContainTextAsync("separator „;”");
        await Expect(page.Locator("#read-as")).ToContainTextAsync("Adres z kolumny: „Adres”");
        var first = page.Locator("#rows-body tr").First;
        await Expect(first).ToHaveClassAsync("attention");
        await Expect(first).ToContainTextAsync("Pusty adres: kolumna „Adres” jest w tym wierszu pusta.");
        await Expect(page.Locator("#rows-body")).ToContainTextAsync("Elbląska 20");
        await Expect(page.Locator("#counts-body")).ToContainTextAsync(elblaska);
        await session.ScreenshotAsync("lists-csv-desktop", mapOnThisPage: false);

        var csv = await DownloadAsync(page, "Pobierz wynik (CSV)");
        Assert.False(csv.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "a Windows-1250 list comes back in Windows-1250, without a UTF-8 mark");
        var lines = ListFixtures.Windows1250.GetString(csv).Split("\r\n");
        Assert.Equal("Imię;Adres;Telefon;Partnerstwo;Pewność;Podstawa;Uwagi", lines[0]);
        Assert.StartsWith($"Anna;Elbląska 20;+48 600 100 200;{elblaska};", lines[1]);
        Assert.StartsWith("Jan;Śmiała 30;-;", lines[2]);
        Assert.Contains("Pusty adres: kolumna „Adres”", lines[3]);
        Assert.DoesNotContain('\uFFFD', ListFixtures.Windows1250.GetString(csv));

        var xlsx = ListFixtures.ReadXlsx(await DownloadAsync(page, "Pobierz wynik (XLSX)"));
        Assert.Equal(["Imię", "Adres", "Telefon", "Partnerstwo", "Pewność", "Podstawa", "Uwagi"], xlsx[0]);
        Assert.Equal(["Anna", "Elbląska 20", "+48 600 100 200", elblaska], xlsx[1][..4]);
        Assert.Equal(5, xlsx.Count);
        session.AssertClean();
    }

    [Fact]
    public async Task On_a_phone_an_XLSX_whose_address_column_is_not_recognised_asks_for_it_and_then_answers_and_downloads()
    {
        await using var session = await OpenListsAsync(390, 844);
        var page = session.Page;
        var workbook = ListFixtures.Xlsx(["Lp.", "Nazwisko", "Miejsce zamieszkania", "Uwagi pracownika"],
            ["1", "Kowalska", "Tołwińskiego 10", "pilne"], ["2", "Nowak", "Malczewskiego 44a", ""], ["3", "Wiśniewska", "Nieistniejąca 7", "x"]);
        await UploadAsync(page, new FilePayload { Name = "podopieczni.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = workbook });

        await Expect(page.Locator("#columns-section")).ToBeVisibleAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("Nie rozpoznano kolumny z adresem");
        await page.GetByLabel("Kolumna z adresem (albo z samą ulicą)").SelectOptionAsync("Miejsce zamieszkania");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sprawdź z tymi kolumnami" }).ClickAsync();

        await Expect(page.Locator("#read-as")).ToContainTextAsync("skoroszyt Excela (XLSX)");
        await Expect(page.Locator("#read-as")).ToContainTextAsync("3 wiersze");
        await Expect(page.Locator("#attention-title")).ToHaveTextAsync("1 wiersz do sprawdzenia");
        await Expect(page.Locator("#rows-body tr").First).ToContainTextAsync("nieznana ulica");
        await Expect(page.Locator("#counts-body")).ToContainTextAsync("Moje Wierzbno");
        await session.ScreenshotAsync("lists-xlsx-phone", mapOnThisPage: false);
        await page.Locator("#result-section").ScreenshotAsync(new() { Path = Path.Combine(MapPageFixture.ScreenshotDir, "lists-xlsx-phone-result.png") });

        var xlsx = ListFixtures.ReadXlsx(await DownloadAsync(page, "Pobierz wynik (XLSX)"));
        Assert.Equal(["Lp.", "Nazwisko", "Miejsce zamieszkania", "Uwagi pracownika", "Partnerstwo", "Pewność", "Podstawa", "Uwagi"], xlsx[0]);
        Assert.Equal(["1", "Kowalska", "Tołwińskiego 10", "pilne"], xlsx[1][..4]);
        var csv = Encoding.UTF8.GetString(await DownloadAsync(page, "Pobierz wynik (CSV)"));
        Assert.StartsWith("\uFEFFLp.;Nazwisko;Miejsce zamieszkania;Uwagi pracownika;Partnerstwo;Pewność;Podstawa;Uwagi", csv);
        // The browser logs the 422 (no address column recognised) itself: the expected answer, not an error of the page.
        session.AssertClean(e => e.Contains("422", StringComparison.Ordinal));
    }

    /// <summary>Records, in the order they happen, every text the progress label is given and the moment the result
    /// is shown (one observer over both, so the order holds even when lines arrive together).</summary>
    private const string ProgressRecorder = """
        () => {
          window.seen = [];
          new MutationObserver((records) => {
            for (const r of records) {
              if (r.type === 'attributes') { if (r.target.id === 'result-section' && !r.target.hidden) window.seen.push({ result: true }); }
              else for (const n of r.addedNodes) window.seen.push({ text: n.textContent });
            }
          }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['hidden'] });
        }
        """;

    [Fact]
    public async Task A_long_list_shows_how_many_rows_are_checked_of_how_many_while_the_server_answers_then_the_summary()
    {
        // 20,000 rows, every text different: the bundled address points' own texts with a flat number, so each row is
        // resolved (a repeated text would be answered once) and the check takes a moment; progress after each 1,000.
        using var points = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(SharedData.RepoPath("geodata", "address-points", "warsaw-address-points.geojson")));
        var texts = points.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("address").GetString()!).ToArray();
        var list = new StringBuilder("Lp.;Adres\r\n");
        for (int i = 0; i < 20_000; i++) list.Append(i + 1).Append(";\"").Append(texts[i % texts.Length].Replace("\"", "\"\"")).Append('/').Append(i / texts.Length + 1).Append("\"\r\n");
        await using var session = await OpenListsAsync(1280, 800);
        var page = session.Page;
        await page.EvaluateAsync(ProgressRecorder);

        await UploadAsync(page, new FilePayload { Name = "dlugalista.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(list.ToString()) });
        await Expect(page.Locator("#read-as")).ToContainTextAsync("20 000 wierszy");

        // What the person saw, in order; "[result]" where the result was shown.
        var seen = await page.EvaluateAsync<string[]>("() => window.seen.filter((s) => s.result || s.text).map((s) => (s.result ? '[result]' : s.text))");
        int shown = Array.IndexOf(seen, "[result]");
        Assert.True(shown > 0, "the result was shown");
        var progress = new Regex("^Sprawdzono ([0-9\u00A0 ]+) z 20\u00A0000 wierszy$");
        var counts = seen[..shown].Select(s => progress.Match(s)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value.Replace("\u00A0", "").Replace(" ", ""), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        output.WriteLine("progress before the summary: " + string.Join(", ", counts));
        Assert.Equal(Enumerable.Range(0, 21).Select(k => k * 1000), counts);
        Assert.DoesNotContain(seen[(shown + 1)..], s => progress.IsMatch(s));
        session.AssertClean();
    }

    [Fact]
    public async Task A_file_that_is_no_list_gets_a_clear_message_and_no_result()
    {
        await using var session = await OpenListsAsync(1280, 800);
        var page = session.Page;
        await UploadAsync(page, new FilePayload { Name = "stary.xls", MimeType = "application/vnd.ms-excel", Buffer = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0] });
        await Expect(page.Locator("#status")).ToContainTextAsync("starym formacie Excela");
        await Expect(page.Locator("#status")).ToHaveAttributeAsync("role", "alert");
        await Expect(page.Locator("#result-section")).ToBeHiddenAsync();
        // The browser logs the 400 itself; that is the expected answer, not an error of the page.
        session.AssertClean(e => e.Contains("400", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1280, 800)]
    [InlineData(390, 844)]
    public async Task Axe_finds_no_serious_or_critical_violation_on_the_lists_page_with_a_result(int width, int height)
    {
        await using var session = await OpenListsAsync(width, height);
        var page = session.Page;
        await UploadAsync(page, Csv1250());
        await Expect(page.Locator("#result-section")).ToBeVisibleAsync();
        var result = await page.RunAxe();
        foreach (var v in result.Violations) output.WriteLine($"{v.Impact} {v.Id}: {v.Help} — {string.Join(" | ", v.Nodes.Select(n => n.Html))}");
        Assert.True(result.Passes.Length > 10, $"axe checked only {result.Passes.Length} rules");
        Assert.Empty(result.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => $"{v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes)"));
        session.AssertClean();
    }
}
