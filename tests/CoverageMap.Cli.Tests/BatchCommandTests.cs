using System.Text;
using MiniExcelLibs;

namespace CoverageMap.Cli.Tests;

/// <summary>
/// <c>coveragemap batch</c> (issue 10, item 4) over the bundled geodata: a Windows-1250 list comes back in Windows-1250
/// with her columns and the Polish ones; XLSX by the output's extension; the exit codes (0 written, 1 with --check when
/// rows need attention, 2 bad input and nothing written); no progress bar when the output is not a terminal.
/// </summary>
public sealed class BatchCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-cli-batch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly Encoding Windows1250 = CodePages();

    private static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1250);
    }

    private string Write(string name, string text, Encoding encoding)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, encoding.GetBytes(text));
        return path;
    }

    private static Task<(int Exit, string Output, string Error)> Batch(params string[] args) =>
        CliRun.RunGuarded(["batch", "--geodata", SharedData.RepoPath("geodata"), .. args]);

    [Fact]
    public async Task A_Windows_1250_list_is_written_back_in_Windows_1250_beside_it_with_her_columns_and_the_Polish_ones()
    {
        var input = Write("klienci.csv", "Imię;Adres;Telefon\r\nAnna;Gojawiczyńskiej 5;+48 600\r\nEwa;;22\r\n", Windows1250);

        var (exit, output, error) = await Batch(input);

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("kodowanie Windows-1250", output);
        Assert.Contains("Sady Żoliborskie: 1 wiersz", output);
        Assert.Contains("Do sprawdzenia: 1 wiersz", output);
        Assert.DoesNotContain("\u001b[", output);
        var lines = Windows1250.GetString(File.ReadAllBytes(Path.Combine(_dir, "klienci-wynik.csv"))).Split("\r\n");
        Assert.Equal("Imię;Adres;Telefon;Partnerstwo;Pewność;Podstawa;Uwagi", lines[0]);
        Assert.StartsWith("Anna;Gojawiczyńskiej 5;+48 600;Sady Żoliborskie;pewność", lines[1]);
        Assert.EndsWith("Pusty adres: kolumna „Adres” jest w tym wierszu pusta.", lines[2]);
    }

    [Fact]
    public async Task An_XLSX_result_by_its_extension_in_English_and_check_exits_1_when_rows_need_attention()
    {
        var input = Write("lista.csv", "Nazwisko,Ulica,Nr\nKowalska,Tołwińskiego,10\nNowak,Nieistniejąca,7\n", new UTF8Encoding(false));
        var result = Path.Combine(_dir, "wynik.xlsx");

        var (exit, output, _) = await Batch(input, "-o", result, "--lang", "en", "--check");

        Assert.Equal(1, exit);
        Assert.Contains("To check: 1 row", output);
        using var stream = File.OpenRead(result);
        var rows = stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Select(r => r.Values.Select(v => v?.ToString() ?? "").ToArray()).ToList();
        Assert.Equal(["Nazwisko", "Ulica", "Nr", "Partnership", "Certainty", "Basis", "Notes"], rows[0]);
        Assert.Equal(["Kowalska", "Tołwińskiego", "10", "Sady Żoliborskie"], rows[1][..4]);
    }

    [Fact]
    public async Task Bad_input_exits_2_with_one_line_and_writes_nothing_and_a_chosen_column_then_works()
    {
        var input = Write("osoby.csv", "Nazwisko;Miejsce zamieszkania\nKowalska;Tołwińskiego 10\n", new UTF8Encoding(false));
        var target = Path.Combine(_dir, "wynik.csv");

        var (exit, _, error) = await Batch(input, "-o", target);
        Assert.Equal(2, exit);
        Assert.StartsWith("coveragemap: Nie rozpoznano kolumny z adresem.", error);
        Assert.Contains("„Miejsce zamieszkania”", error);
        Assert.Contains("Nie zapisano żadnego pliku.", error);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(File.Exists(target));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));

        Assert.Equal(2, (await Batch(input, "-o", Path.Combine(_dir, "wynik.pdf"))).Exit);
        Assert.Equal(2, (await Batch(Path.Combine(_dir, "brak.csv"))).Exit);
        Assert.Equal(0, (await Batch(input, "-o", target, "--address", "Miejsce zamieszkania")).Exit);
        var bytes = File.ReadAllBytes(target);
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), "a UTF-8 result carries the mark Excel needs");
        Assert.StartsWith("Nazwisko;Miejsce zamieszkania;Partnerstwo;", Encoding.UTF8.GetString(bytes[3..]));
    }
}
