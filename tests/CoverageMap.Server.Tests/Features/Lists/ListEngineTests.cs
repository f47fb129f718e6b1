using System.Text;
using CoverageMap.Server.Features.Lists;
using CoverageMap.Server.Http;
using CsvHelper;

namespace CoverageMap.Server.Tests.Features.Lists;

/// <summary>
/// The lists engine (issue 10, item 4): encoding and separator detected and said, columns recognised or chosen,
/// every original column kept, Polish columns added, bad files a clear problem, the limits.
/// </summary>
public class ListEngineTests
{
    private const string Clients = "Imię;Adres;Telefon\r\nAnna;Słowackiego 10;+48 600 100 200\r\nJan;Marszałkowska 1;-\r\nEwa;;22 100 20 30\r\n";

    private static ListResult Check(byte[] file, ApiLanguage lang = ApiLanguage.Pl, ListColumnChoice? choice = null, ListOptions? limits = null) =>
        ListFixtures.Engine().Check(file, limits ?? ListFixtures.Limits(), ListFixtures.Facts(), lang, choice);

    private static List<string[]> ReadCsv(byte[] bytes, Encoding encoding, char separator)
    {
        using var reader = CsvReader.Create(new StringReader(encoding.GetString(bytes)), new CsvReaderOptions { Separator = separator, HasHeader = false });
        var rows = new List<string[]>();
        while (reader.Read()) rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        return rows;
    }

    [Fact]
    public void A_Windows_1250_semicolon_file_is_read_as_Windows_1250_not_as_UTF_8_and_written_back_the_same_way()
    {
        var bytes = ListFixtures.Windows1250.GetBytes(Clients);
        var result = Check(bytes);

        Assert.Equal(ListTextEncoding.Windows1250, result.Table.Encoding);
        Assert.Equal(';', result.Table.Separator);
        Assert.Equal(["Imię", "Adres", "Telefon"], result.Table.Header);
        Assert.Equal("Słowackiego 10", result.Table.Rows[0][1]);
        Assert.Equal("Partnerstwo P 2", result.Answers[0].Partnership);

        var output = new MemoryStream();
        ListFileWriter.WriteCsv(result, output);
        var written = output.ToArray();
        Assert.False(written.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
        var rows = ReadCsv(written, ListFixtures.Windows1250, ';');
        Assert.Equal(["Imię", "Adres", "Telefon", "Partnerstwo", "Pewność", "Podstawa", "Uwagi"], rows[0]);
        Assert.Equal(["Anna", "Słowackiego 10", "+48 600 100 200", "Partnerstwo P 2"], rows[1][..4]);
        Assert.Equal("punkt adresowy budynku", rows[1][5]);
        Assert.StartsWith("pewność wysoka", rows[1][4]);
        // Cells as written: no formula escaping of "-" or "+48 …".
        Assert.Equal("-", rows[2][2]);
        Assert.Equal(4, rows.Count);
    }

    [Fact]
    public void ISO_8859_2_is_told_from_Windows_1250_by_its_ą_ś_ź_and_written_back_in_ISO_8859_2()
    {
        const string clients = "Imię;Adres;Uwagi\r\nŚwiatosław;Słowackiego 10;źródło: ośrodek, Ząbki\r\nAnna;Marszałkowska 1;Ą Ś Ź\r\n";
        var iso = ListFileReader.Iso88592.GetBytes(clients);
        var result = Check(iso);

        Assert.Equal(ListTextEncoding.Iso88592, result.Table.Encoding);
        Assert.Equal("ISO-8859-2 (Latin-2, polskie znaki ze starszych programów)", ListText.EncodingName(ApiLanguage.Pl, result.Table.Encoding));
        Assert.Equal(["Światosław", "Słowackiego 10", "źródło: ośrodek, Ząbki"], result.Table.Rows[0]);
        Assert.Equal("Partnerstwo P 2", result.Answers[0].Partnership);
        var output = new MemoryStream();
        ListFileWriter.WriteCsv(result, output);
        var rows = ReadCsv(output.ToArray(), ListFileReader.Iso88592, ';');
        Assert.Equal(["Imię", "Adres", "Uwagi", "Partnerstwo", "Pewność", "Podstawa", "Uwagi"], rows[0]);
        Assert.Equal(["Anna", "Marszałkowska 1", "Ą Ś Ź"], rows[2][..3]);

        // The same text in Windows-1250 stays Windows-1250 (its ś ź Ś Ź lie at 0x80–0x9F), and so does text with none of
        // the six letters (ł and ę are the same byte in both).
        Assert.Equal(ListTextEncoding.Windows1250, Check(ListFixtures.Windows1250.GetBytes(clients)).Table.Encoding);
        Assert.Equal(ListTextEncoding.Windows1250, Check(ListFixtures.Windows1250.GetBytes(Clients)).Table.Encoding);
        Assert.False(ListFileReader.LooksIso88592(ListFixtures.Windows1250.GetBytes("Adres\nZąbkowska 5\n")));
        Assert.True(ListFileReader.LooksIso88592(ListFileReader.Iso88592.GetBytes("Adres\nZąbkowska 5\n")));
    }

    [Fact]
    public void UTF_8_with_a_BOM_and_commas_and_UTF_8_without_one_are_told_apart_and_the_CSV_result_always_has_a_BOM()
    {
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Clients.Replace(';', ','))).ToArray();
        var a = Check(withBom);
        Assert.Equal(ListTextEncoding.Utf8Bom, a.Table.Encoding);
        Assert.Equal(',', a.Table.Separator);
        Assert.Equal("Imię", a.Table.Header[0]);

        var b = Check(Encoding.UTF8.GetBytes(Clients));
        Assert.Equal(ListTextEncoding.Utf8, b.Table.Encoding);
        var output = new MemoryStream();
        ListFileWriter.WriteCsv(b, output);
        Assert.True(output.ToArray().AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.Equal("UTF-8", ListText.EncodingName(ApiLanguage.Pl, b.Table.Encoding));
        Assert.StartsWith("Windows-1250", ListText.EncodingName(ApiLanguage.Pl, ListTextEncoding.Windows1250));
    }

    [Fact]
    public void An_empty_address_names_her_own_column_and_the_rows_needing_attention_come_first_in_the_summary()
    {
        var result = Check(Encoding.UTF8.GetBytes(Clients));

        Assert.Equal(ListAttention.Empty, result.Answers[2].Attention);
        Assert.Equal("Pusty adres: kolumna „Adres” jest w tym wierszu pusta.", result.Answers[2].Notes);
        Assert.DoesNotContain("ulica", result.Answers[2].Notes);
        Assert.Equal(2, result.AttentionFirst().First());
        Assert.Equal(4, result.Table.RowNumbers[2]);

        var s = result.Summary;
        Assert.Equal(3, s.Rows);
        Assert.Equal([("p-2", 1)], s.Partnerships.Select(p => (p.PartnershipId, p.Rows)));
        Assert.Equal(1, s.Outside);
        Assert.Equal([(ListAttention.Empty, 1)], s.Attention.Select(x => (x.Reason, x.Rows)));
        Assert.Equal("pusty adres", s.Attention[0].Text);
    }

    [Fact]
    public void A_street_and_number_in_two_columns_are_recognised_and_an_unrecognised_address_column_can_be_chosen_by_name()
    {
        var twoColumns = Check(Encoding.UTF8.GetBytes("Nazwisko;Ulica;Nr\nKowalska;Słowackiego;10\n"));
        Assert.Equal("Partnerstwo P 2", twoColumns.Answers[0].Partnership);

        var unknown = Encoding.UTF8.GetBytes("Nazwisko;Miejsce zamieszkania\nKowalska;Słowackiego 10\nNowak;\n");
        var e = Assert.Throws<ListFileException>(() => Check(unknown));
        Assert.Equal(ListProblem.NoAddressColumn, e.Problem);
        Assert.Equal(["Nazwisko", "Miejsce zamieszkania"], e.Columns);
        Assert.Contains("„Miejsce zamieszkania”", e.Message);

        var chosen = Check(unknown, choice: new ListColumnChoice("Miejsce zamieszkania", null, null, null));
        Assert.Equal("Partnerstwo P 2", chosen.Answers[0].Partnership);
        Assert.Contains("„Miejsce zamieszkania”", chosen.Answers[1].Notes);

        var wrong = Assert.Throws<ListFileException>(() => Check(unknown, choice: new ListColumnChoice("Adres", null, null, null)));
        Assert.Equal("W pliku nie ma kolumny „Adres”.", wrong.Message);
    }

    [Fact]
    public async Task An_XLSX_workbook_keeps_every_column_and_gets_the_Polish_columns_and_English_on_request()
    {
        var file = ListFixtures.Xlsx(["Lp.", "Imię", "Adres", "", "Uwagi klienta"], ["1", "Anna", "Słowackiego 10", "x", "pilne"], ["2", "Jan", "Graniczna 5"]);
        var result = Check(file);
        Assert.Equal(ListFileFormat.Xlsx, result.Table.Format);
        Assert.Equal(["Lp.", "Imię", "Adres", "", "Uwagi klienta"], result.Table.Header);

        var output = new MemoryStream();
        await ListFileWriter.WriteXlsxAsync(result, output);
        var rows = ListFixtures.ReadXlsx(output.ToArray());
        Assert.Equal(["Lp.", "Imię", "Adres", "", "Uwagi klienta", "Partnerstwo", "Pewność", "Podstawa", "Uwagi"], rows[0]);
        Assert.Equal(["1", "Anna", "Słowackiego 10", "x", "pilne", "Partnerstwo P 2"], rows[1][..6]);
        Assert.Equal(ListAttention.Several, result.Answers[1].Attention);
        Assert.Contains(" albo ", rows[2][5]);

        var english = Check(file, ApiLanguage.En);
        Assert.Equal(["Partnership", "Certainty", "Basis", "Notes"], ListFileWriter.AddedColumns(ApiLanguage.En));
        Assert.Equal("the building's address point", english.Answers[0].Basis);
        Assert.Contains("address point", english.Answers[0].Notes);
        Assert.Equal("Partnerstwo P 2", english.Answers[0].Partnership);
    }

    [Fact]
    public void Every_row_of_a_long_list_is_answered_in_the_lists_language_whichever_core_answers_it()
    {
        var text = "Adres\n" + string.Concat(Enumerable.Repeat("Słowackiego 10\nMarszałkowska 1\n", 5000));
        var progress = new List<int>();
        var result = ListFixtures.Engine().Run(ListFileReader.Read(Encoding.UTF8.GetBytes(text), ListFixtures.Limits(), ApiLanguage.En),
            new ListColumns(0, -1, -1, -1), ListFixtures.Facts(), ApiLanguage.En, new SynchronousProgress(progress));

        Assert.Equal(10_000, result.Answers.Count);
        Assert.All(result.Answers, a => Assert.DoesNotContain("leży", a.Notes));
        Assert.All(result.Answers.Where((_, i) => i % 2 == 1), a => Assert.Equal("none (outside the partnerships' areas)", a.Partnership));
        Assert.Equal(10_000, progress.Max());
        Assert.Equal([("p-2", 5000)], result.Summary.Partnerships.Select(p => (p.PartnershipId, p.Rows)));
    }

    [Fact]
    public async Task A_list_whose_addresses_repeat_comes_out_the_same_answered_once_per_text_as_answered_row_by_row()
    {
        // Every kind of answer, repeated out of order, with and without a district; spaces around a text do not matter.
        string[] texts = ["Słowackiego 10", "Graniczna 5", "Marszałkowska 1", "", "Nieistniejąca 7", "xyz 12", " Słowackiego 10 ", "Słowackiego", new string('a', 1200)];
        var text = "Imię;Adres;Dzielnica\n" + string.Concat(Enumerable.Range(0, 3000).Select(i => $"Osoba {i};{texts[i * 7 % texts.Length]};{(i % 3 == 0 ? "Żoliborz" : "")}\n"));
        var table = ListFileReader.Read(Encoding.UTF8.GetBytes(text), ListFixtures.Limits(), ApiLanguage.Pl);
        var columns = ListColumns.Recognise(table.Header)!;

        var once = ListFixtures.Engine().Run(table, columns, ListFixtures.Facts(), ApiLanguage.Pl);
        var rowByRow = new ListCheck(Server.Localization.AnswerText.Standalone(), answerRepeatsOnce: false).Run(table, columns, ListFixtures.Facts(), ApiLanguage.Pl);

        static async Task<(byte[] Csv, byte[] Xlsx, string Json)> Outputs(ListResult r)
        {
            using var csv = new MemoryStream();
            ListFileWriter.WriteCsv(r, csv);
            using var xlsx = new MemoryStream();
            await ListFileWriter.WriteXlsxAsync(r, xlsx);
            return (csv.ToArray(), xlsx.ToArray(), System.Text.Json.JsonSerializer.Serialize(ListCheckResponse.From(r, "lista.csv", 500), ApiJson.Dto));
        }
        var (a, b) = (await Outputs(once), await Outputs(rowByRow));
        Assert.Equal(b.Csv, a.Csv);
        Assert.Equal(ListFixtures.ReadXlsx(b.Xlsx), ListFixtures.ReadXlsx(a.Xlsx));
        Assert.Equal(b.Json, a.Json);
        Assert.Equal(3000, once.Answers.Count);
        Assert.True(once.Summary.Attention.Count >= 4, "the list has rows of several kinds: " + string.Join(", ", once.Summary.Attention.Select(x => x.Reason)));
        // Answered once per text and district (8 texts × 2), not once per row.
        Assert.InRange(once.Answers.Distinct(ReferenceEqualityComparer.Instance).Count(), 8, 16);
        Assert.Equal(3000, rowByRow.Answers.Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public void Pewność_is_never_empty_a_row_without_an_answer_says_the_APIs_certainty_for_it_none()
    {
        var file = Encoding.UTF8.GetBytes("Imię;Adres\nAnna;\nJan;Nieistniejąca 7\nEwa;" + new string('a', 1200) + "\nOla;12345\nPiotr;Słowackiego 10\n");
        var pl = Check(file);
        var en = Check(file, ApiLanguage.En);

        Assert.Equal([ListAttention.Empty, ListAttention.StreetNotFound, ListAttention.NotAnAddress, ListAttention.NotAnAddress, ListAttention.None], pl.Answers.Select(a => a.Attention));
        Assert.All(pl.Answers.Take(4), a => Assert.Equal("brak odpowiedzi", a.Certainty));
        Assert.All(en.Answers.Take(4), a => Assert.Equal("no answer", a.Certainty));
        Assert.StartsWith("pewność wysoka", pl.Answers[4].Certainty);

        var output = new MemoryStream();
        ListFileWriter.WriteCsv(pl, output);
        var rows = ReadCsv(output.ToArray(), Encoding.UTF8, ';');
        Assert.All(rows.Skip(1), r => Assert.NotEqual("", r[3]));
        Assert.All(ListCheckResponse.From(pl, "lista.csv", 500).Rows, r => Assert.NotEqual("", r.Certainty));
    }

    [Fact]
    public async Task Answered_in_slices_a_list_comes_out_as_answered_at_once_with_the_rows_done_after_each_slice()
    {
        var text = "Adres\n" + string.Concat(Enumerable.Range(1, 30_000).Select(i => $"Słowackiego {i % 40}\nMarszałkowska {i % 7}\n"));
        var table = ListFileReader.Read(Encoding.UTF8.GetBytes(text), ListFixtures.Limits(rows: 60_000), ApiLanguage.En);
        var columns = new ListColumns(0, -1, -1, -1);
        var slices = new List<int>();

        var sliced = await ListFixtures.Engine().RunInSlicesAsync(table, columns, ListFixtures.Facts(), ApiLanguage.En, done =>
        {
            slices.Add(done);
            return Task.CompletedTask;
        });
        var atOnce = ListFixtures.Engine().Run(table, columns, ListFixtures.Facts(), ApiLanguage.En);

        Assert.Equal(Enumerable.Range(1, 20).Select(k => k * 3000), slices);
        Assert.Equal(atOnce.Answers.Select(a => (a.Partnership, a.Certainty, a.Basis, a.Notes, a.Attention)), sliced.Answers.Select(a => (a.Partnership, a.Certainty, a.Basis, a.Notes, a.Attention)));
        Assert.Equal(atOnce.Summary.Partnerships, sliced.Summary.Partnerships);
        Assert.All(sliced.Answers, a => Assert.DoesNotContain("leży", a.Notes));
    }

    [Fact]
    public void A_check_whose_client_has_gone_stops_instead_of_answering_every_row()
    {
        var table = ListFileReader.Read(Encoding.UTF8.GetBytes("Adres\n" + string.Concat(Enumerable.Range(1, 5000).Select(i => $"Słowackiego {i}\n"))), ListFixtures.Limits(), ApiLanguage.Pl);
        var progress = new List<int>();
        using var gone = new CancellationTokenSource();
        gone.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ListFixtures.Engine().Run(table, new ListColumns(0, -1, -1, -1), ListFixtures.Facts(), ApiLanguage.Pl, new SynchronousProgress(progress), gone.Token));
        Assert.Empty(progress);
    }

    /// <summary>Collects reports as they come, from any thread.</summary>
    private sealed class SynchronousProgress(List<int> seen) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (seen) seen.Add(value);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0 }, ListProblem.NotAList, "starym formacie Excela")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8 }, ListProblem.Malformed, "uszkodzony")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 0, 0, 3 }, ListProblem.NotAList, "nie jest plik CSV ani XLSX")]
    [InlineData(new byte[0], ListProblem.Empty, "pusty")]
    public void A_file_that_is_no_list_is_a_clear_problem(byte[] file, ListProblem problem, string words)
    {
        var e = Assert.Throws<ListFileException>(() => Check(file));
        Assert.Equal(problem, e.Problem);
        Assert.Contains(words, e.Message);
    }

    [Fact]
    public void Malformed_quoting_names_its_line_and_a_header_alone_has_no_rows()
    {
        var e = Assert.Throws<ListFileException>(() => Check(Encoding.UTF8.GetBytes("Adres;Imię\n\"Słowackiego 10;Anna\nGraniczna 5;Jan\n")));
        Assert.Equal(ListProblem.Malformed, e.Problem);
        Assert.Contains("wierszu", e.Message);

        var empty = Assert.Throws<ListFileException>(() => Check(Encoding.UTF8.GetBytes("Adres;Imię\n;\n")));
        Assert.Equal(ListProblem.Empty, empty.Problem);
    }

    [Fact]
    public void The_limits_are_named_in_the_problem_with_Polish_plurals()
    {
        var rows = Assert.Throws<ListFileException>(() => Check(Encoding.UTF8.GetBytes("Adres\nSłowackiego 1\nSłowackiego 2\nSłowackiego 3\n"), limits: ListFixtures.Limits(rows: 2)));
        Assert.Equal(ListProblem.TooManyRows, rows.Problem);
        Assert.Equal("Lista ma więcej niż 2 wiersze. Podziel ją na mniejsze pliki.", rows.Message);
        Assert.Equal("5 wierszy", ListText.Count(ApiLanguage.Pl, "Rows", 5));
        Assert.Equal("100 000 wierszy", ListText.Count(ApiLanguage.Pl, "Rows", 100_000).Replace('\u00A0', ' '));
        Assert.Equal("1 row", ListText.Count(ApiLanguage.En, "Rows", 1));
        Assert.Equal("Sprawdzono 12 000 z 100 000 wierszy", ListText.Progress(ApiLanguage.Pl, 12_000, 100_000).Replace('\u00A0', ' '));
        Assert.Equal("Sprawdzono 0 z 1 wiersza", ListText.Progress(ApiLanguage.Pl, 0, 1));
        Assert.Equal("Sprawdzono 2 z 3 wierszy", ListText.Progress(ApiLanguage.Pl, 2, 3));
        Assert.Equal("Checked 12,000 of 100,000 rows", ListText.Progress(ApiLanguage.En, 12_000, 100_000));
        Assert.Equal("Checked 1 of 1 row", ListText.Progress(ApiLanguage.En, 1, 1));

        var bytes = Assert.Throws<ListFileException>(() => Check(new byte[2 * 1024 * 1024], limits: ListFixtures.Limits(bytes: 1024 * 1024)));
        Assert.Equal(ListProblem.TooLarge, bytes.Problem);
        Assert.Contains("1 MB", bytes.Message);
    }
}
