using System.Collections.Concurrent;
using System.Globalization;
using CoverageMap.Core.Addresses;
using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;

namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// The lists engine behind <c>POST /api/lists/check</c>, the page <c>/lista</c> and <c>coveragemap batch</c>: reads a
/// list (<see cref="ListFileReader"/>), finds its address columns (<see cref="ListColumns"/>), resolves every row with
/// the snapshot's <see cref="AddressResolver"/> and says each answer in the four added columns (<see cref="ListAnswer"/>),
/// then sums them up (<see cref="ListSummary"/>); <see cref="ListFileWriter"/> writes the result. All rows are answered
/// from one dataset snapshot, on every core (rows are independent). Thread-safe: the words come from
/// <see cref="AnswerText"/> in the current UI culture, which <see cref="Run"/> sets to the list's language for its own
/// work and restores. A text met again in the same list (households repeat) is answered once: the answer is the same
/// with or without (<c>answerRepeatsOnce: false</c>, tested), only cheaper.
/// </summary>
internal sealed class ListCheck(AnswerText text, bool answerRepeatsOnce = true)
{
    /// <summary>How often, in rows, <see cref="Run"/> reports progress.</summary>
    public const int ProgressEvery = 1000;

    /// <summary>Reads and checks a whole file; the columns chosen by name, or recognised when none is given.</summary>
    public ListResult Check(ReadOnlyMemory<byte> file, ListOptions limits, SnapshotAnswers facts, ApiLanguage lang,
        ListColumnChoice? choice = null, IProgress<int>? progress = null, ListTextEncoding? declared = null)
    {
        var (table, columns) = Read(file, limits, lang, choice, declared);
        return Run(table, columns, facts, lang, progress);
    }

    /// <summary>Reads a file and finds its address columns (chosen by name, or recognised when none is given): all that
    /// can fail, before a row is answered. <paramref name="declared"/>: the CSV's charset as the client declared it.</summary>
    public static (ListTable Table, ListColumns Columns) Read(ReadOnlyMemory<byte> file, ListOptions limits, ApiLanguage lang, ListColumnChoice? choice = null,
        ListTextEncoding? declared = null)
    {
        var table = ListFileReader.Read(file, limits, lang, declared);
        return (table, ListColumns.Choose(table.Header, choice?.Address, choice?.Street, choice?.Number, choice?.District, lang));
    }

    /// <summary>Answers every row of <paramref name="table"/>; reports the rows done about every <see cref="ProgressEvery"/>
    /// (from any thread). Stops with <see cref="OperationCanceledException"/> when <paramref name="ct"/> is cancelled (the
    /// client has gone).</summary>
    public ListResult Run(ListTable table, ListColumns columns, SnapshotAnswers facts, ApiLanguage lang, IProgress<int>? progress = null, CancellationToken ct = default)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = ListText.Culture(lang);
        try
        {
            var rows = new RowAnswers(this, table, columns, facts, lang, answerRepeatsOnce);
            rows.Answer(0, table.Rows.Count, progress, ct);
            progress?.Report(table.Rows.Count);
            return rows.Result();
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>
    /// Answers every row as <see cref="Run"/> does, in <see cref="Slices"/> slices of at least <see cref="ProgressEvery"/>
    /// rows, each answered on every core; after each slice <paramref name="afterSlice"/> is awaited with the rows done, on
    /// the caller's flow, while no row is being answered. What a streamed answer writes its progress from: a report from
    /// the workers themselves could wait for a free pool thread until every row is answered (on 2 cores it did).
    /// </summary>
    public async Task<ListResult> RunInSlicesAsync(ListTable table, ListColumns columns, SnapshotAnswers facts, ApiLanguage lang, Func<int, Task> afterSlice,
        CancellationToken ct = default)
    {
        // Set in this async method, the culture flows into each slice's workers and is undone for the caller on return.
        CultureInfo.CurrentUICulture = ListText.Culture(lang);
        var rows = new RowAnswers(this, table, columns, facts, lang, answerRepeatsOnce);
        int count = table.Rows.Count, slice = Math.Max(ProgressEvery, (count + Slices - 1) / Slices);
        for (int from = 0; from < count; from += slice)
        {
            int start = from, end = Math.Min(count, from + slice);
            await Task.Run(() => rows.Answer(start, end, null, ct), ct);
            await afterSlice(end);
        }
        return rows.Result();
    }

    /// <summary>How many slices <see cref="RunInSlicesAsync"/> cuts a list into (fewer for a list under 20 × <see cref="ProgressEvery"/> rows).</summary>
    public const int Slices = 20;

    /// <summary>One list's rows being answered: the answers so far and the texts met. One per run; a range of rows is
    /// answered on every core (rows are independent and the resolver is thread-safe).</summary>
    private sealed class RowAnswers(ListCheck engine, ListTable table, ListColumns columns, SnapshotAnswers facts, ApiLanguage lang, bool answerRepeatsOnce)
    {
        private readonly ListAnswer[] answers = new ListAnswer[table.Rows.Count];
        private readonly string column = columns.AddressColumnName(table.Header);

        // Households repeat: a text met again (with the same number and district cells) gets the answer it got before.
        // Per list, at most one entry per row, gone with the run.
        private readonly ConcurrentDictionary<(string? Written, string? Number, string? District), ListAnswer>? repeats = answerRepeatsOnce ? new() : null;
        private int done;

        /// <summary>Answers rows <paramref name="from"/> to <paramref name="to"/> (exclusive) on every core. The UI culture
        /// flows to the workers with the execution context.</summary>
        public void Answer(int from, int to, IProgress<int>? progress, CancellationToken ct) =>
            Parallel.For(from, to, new ParallelOptions { CancellationToken = ct }, i =>
            {
                answers[i] = engine.Answer(table.Rows[i], columns, column, facts, lang, repeats);
                int n = Interlocked.Increment(ref done);
                if (n % ProgressEvery == 0) progress?.Report(n);
            });

        public ListResult Result() => new(table, columns, answers, Summarise(answers, facts, lang), lang, facts.Snapshot.Dataset.Version);
    }

    private ListAnswer Answer(string[] row, ListColumns columns, string column, SnapshotAnswers facts, ApiLanguage lang,
        ConcurrentDictionary<(string? Written, string? Number, string? District), ListAnswer>? repeats)
    {
        string? Cell(int i) => i >= 0 && i < row.Length && !string.IsNullOrWhiteSpace(row[i]) ? row[i].Trim() : null;
        var key = (Written: columns.UsesAddress ? Cell(columns.Address) : Cell(columns.Street), Number: columns.UsesAddress ? null : Cell(columns.Number), District: Cell(columns.District));
        if (repeats is null) return Answer(key.Written, key.Number, key.District, columns, column, facts, lang);
        return repeats.GetOrAdd(key, static (k, s) => s.Engine.Answer(k.Written, k.Number, k.District, s.Columns, s.Column, s.Facts, s.Lang),
            (Engine: this, Columns: columns, Column: column, Facts: facts, Lang: lang));
    }

    private ListAnswer Answer(string? written, string? number, string? district, ListColumns columns, string column, SnapshotAnswers facts, ApiLanguage lang)
    {
        // Pewność is never empty: a row without an answer says the API's certainty for it, none ("brak odpowiedzi").
        if (written is null)
            return new ListAnswer("", text.Certainty(Certainty.None), "", ListText.Text(lang, "EmptyAddress", column), ListAttention.Empty, []);
        if (written.Length > BatchAddress.MaxLength)
            return new ListAnswer("", text.Certainty(Certainty.None), "", ListText.Text(lang, "AddressTooLong", column, BatchAddress.MaxLength), ListAttention.NotAnAddress, []);
        var r = columns.UsesAddress ? facts.Resolver.Resolve(written, district) : facts.Resolver.Resolve(written, number, district);
        var display = number is null ? written : written + " " + number;
        var notes = text.Message(r, display, facts.NameOf);
        var certainty = text.Certainty(r.Certainty);
        var basis = r.Basis == AnswerBasis.None ? "" : ListText.Text(lang, "Basis" + r.Basis);
        var names = r.Areas.Select(h => facts.NameOf(h.PartnershipId)).Distinct().ToList();
        var or = " " + ListText.Text(lang, "Or") + " ";
        return r.Status switch
        {
            AddressResolutionStatus.Resolved => new ListAnswer(string.Join(or, names), certainty, basis, notes,
                r.Certainty.Level == CertaintyLevel.Low ? ListAttention.LowCertainty : ListAttention.None, r.Areas.Select(h => h.PartnershipId).Distinct().ToList()),
            AddressResolutionStatus.NoPartnership => new ListAnswer(ListText.Text(lang, "NoPartnership"), certainty, basis, notes,
                r.Certainty.Level == CertaintyLevel.Low ? ListAttention.LowCertainty : ListAttention.None, []),
            AddressResolutionStatus.Multiple or AddressResolutionStatus.ConflictingRules => new ListAnswer(
                string.Join(or, r.OutsideAlsoPossible ? [.. names, ListText.Text(lang, "NoneOfThem")] : names), certainty, basis, notes, ListAttention.Several, []),
            AddressResolutionStatus.AmbiguousStreet => new ListAnswer("", certainty, basis, notes, ListAttention.AmbiguousStreet, []),
            AddressResolutionStatus.StreetNotFound => new ListAnswer("", certainty, basis, notes, ListAttention.StreetNotFound, []),
            AddressResolutionStatus.Unparseable => new ListAnswer("", certainty, basis, notes, ListAttention.NotAnAddress, []),
            _ => new ListAnswer("", certainty, basis, notes, ListAttention.NoData, []),
        };
    }

    private static ListSummary Summarise(ListAnswer[] answers, SnapshotAnswers facts, ApiLanguage lang)
    {
        var perPartnership = new Dictionary<string, int>(StringComparer.Ordinal);
        var perReason = new int[Enum.GetValues<ListAttention>().Length];
        int outside = 0;
        foreach (var a in answers)
        {
            perReason[(int)a.Attention]++;
            if (a.Attention is not (ListAttention.None or ListAttention.LowCertainty)) continue;
            if (a.PartnershipIds.Count == 0) outside++;
            foreach (var id in a.PartnershipIds) perPartnership[id] = perPartnership.GetValueOrDefault(id) + 1;
        }
        var partnerships = perPartnership.OrderByDescending(p => p.Value).ThenBy(p => facts.NameOf(p.Key), StringComparer.Create(ListText.Culture(lang), false))
            .Select(p => new ListPartnershipCount(p.Key, facts.NameOf(p.Key), p.Value)).ToList();
        var attention = Enum.GetValues<ListAttention>().Where(r => r != ListAttention.None && perReason[(int)r] > 0)
            .Select(r => new ListAttentionCount(r, ListText.Text(lang, "Attention" + r), perReason[(int)r])).ToList();
        return new ListSummary(answers.Length, partnerships, outside, attention);
    }
}
