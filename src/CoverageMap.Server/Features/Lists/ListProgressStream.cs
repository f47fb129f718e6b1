using System.Text.Json;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// A check answered as it runs, for a client that asks with <c>Accept: application/x-ndjson</c> (the page does): NDJSON,
/// one <see cref="ListCheckLine"/> a line — progress at once (0 of the rows), then after each of the engine's slices
/// (<see cref="ListCheck.RunInSlicesAsync"/>: every twentieth of the rows, at least 1,000), the last with every row, and
/// then the result, the summary <c>format=json</c> answers. Each line is flushed as it is written. The list is read and
/// its columns found before the first line, so a file that cannot be checked is still a problem with its status.
/// Stateless.
/// </summary>
internal static class ListProgressStream
{
    public const string MediaType = "application/x-ndjson";

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>True when the request's <c>Accept</c> names <see cref="MediaType"/>.</summary>
    public static bool Wanted(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase));

    /// <summary>Runs <paramref name="run"/> (the rows of a list of <paramref name="total"/> rows answered, awaiting the
    /// callback it is given with the rows done after each slice) and writes a progress line each time.</summary>
    public static async Task WriteAsync(HttpResponse response, int total, ApiLanguage lang, Func<Func<int, Task>, Task<ListResult>> run,
        Func<ListResult, ListCheckResponse> answer, CancellationToken ct)
    {
        response.ContentType = MediaType + "; charset=utf-8";
        await WriteLineAsync(response, Progress(0, total, lang), ct);
        var result = await run(done => WriteLineAsync(response, Progress(done, total, lang), ct));
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
}
