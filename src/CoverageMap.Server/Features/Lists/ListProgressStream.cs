using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// A check answered as it runs, for a client that asks with <c>Accept: application/x-ndjson</c> (the page does): NDJSON,
/// one <see cref="ListCheckLine"/> a line — progress at once (0 of the rows), then at most every
/// <see cref="Interval"/> while the rows are answered, once more when all are, and last the result, the summary
/// <c>format=json</c> answers. Each line is flushed as it is written. The list is read and its columns found before
/// the first line, so a file that cannot be checked is still a problem with its status. Stateless; the engine's
/// reports, from any thread, reach the request through a channel that keeps only the latest.
/// </summary>
internal static class ListProgressStream
{
    public const string MediaType = "application/x-ndjson";

    /// <summary>The least time between two progress lines (the last one, all rows done, is always written).</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>True when the request's <c>Accept</c> names <see cref="MediaType"/>.</summary>
    public static bool Wanted(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs <paramref name="run"/> (the rows of a list of <paramref name="total"/> rows answered, reporting to
    /// the progress it is given) off the request's thread and writes the lines as it goes.</summary>
    public static async Task WriteAsync(HttpResponse response, int total, ApiLanguage lang, Func<IProgress<int>, ListResult> run,
        Func<ListResult, ListCheckResponse> answer, CancellationToken ct)
    {
        response.ContentType = MediaType + "; charset=utf-8";
        var reports = Channel.CreateBounded<int>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        var work = Task.Run(() =>
        {
            try
            {
                return run(new ChannelProgress(reports.Writer));
            }
            finally
            {
                reports.Writer.TryComplete();
            }
        }, CancellationToken.None);
        await WriteLineAsync(response, Progress(0, total, lang), ct);
        var since = Stopwatch.StartNew();
        int written = 0;
        await foreach (var done in reports.Reader.ReadAllAsync(ct))
        {
            // Reports from several workers may come out of order; the count never goes back.
            if (done <= written || (done < total && since.Elapsed < Interval)) continue;
            await WriteLineAsync(response, Progress(done, total, lang), ct);
            written = done;
            since.Restart();
        }
        var result = await work;
        await WriteLineAsync(response, new ListCheckLine(ListCheckLineType.Result, null, answer(result)), ct);
    }

    private static ListCheckLine Progress(int done, int total, ApiLanguage lang) =>
        new(ListCheckLineType.Progress, new ListProgressDto(done, total, ListText.Progress(lang, done, total)), null);

    private static async Task WriteLineAsync(HttpResponse response, ListCheckLine line, CancellationToken ct)
    {
        await JsonSerializer.SerializeAsync(response.Body, line, ApiJson.Dto, ct);
        await response.Body.WriteAsync(NewLine, ct);
        await response.Body.FlushAsync(ct);
    }

    /// <summary>Passes the engine's reports to the channel; a full channel drops the older one. Thread-safe.</summary>
    private sealed class ChannelProgress(ChannelWriter<int> writer) : IProgress<int>
    {
        public void Report(int value) => writer.TryWrite(value);
    }
}
