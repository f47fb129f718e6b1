using System.Text.Json.Serialization;

namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// One line of a streamed check (<c>POST /api/lists/check</c> with <c>Accept: application/x-ndjson</c>, NDJSON: one JSON
/// object a line): <c>{"type":"progress","progress":{…}}</c> lines while the rows are answered, then one
/// <c>{"type":"result","result":{…}}</c> with the same summary <c>format=json</c> answers. The member that does not
/// apply is left out. Immutable.
/// </summary>
internal sealed record ListCheckLine(
    ListCheckLineType Type,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ListProgressDto? Progress,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ListCheckResponse? Result);
