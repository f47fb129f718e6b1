namespace CoverageMap.Server.Features.Lists;

/// <summary>What a line of a streamed check (<c>Accept: application/x-ndjson</c>) carries.</summary>
internal enum ListCheckLineType
{
    /// <summary>How many rows are answered so far (<see cref="ListCheckLine.Progress"/>).</summary>
    Progress,

    /// <summary>The summary, the last line (<see cref="ListCheckLine.Result"/>).</summary>
    Result,
}
