namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// The batch cannot be read at all: malformed syntax (400), too many rows or too large a body (413), wrong media
/// type (415). Carries the status and a message in the request's language, naming the row or line.
/// </summary>
internal sealed class BatchInputException(int status, string title, string detail, int? row = null, long? line = null) : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public int? Row { get; } = row;
    public long? Line { get; } = line;
}
