namespace CoverageMap.Server.Features.Lists;

/// <summary>How far the check of a list is: <c>Done</c> rows answered of <c>Total</c>, and <c>Text</c>, the same in
/// words in the request's language ("Sprawdzono 12 000 z 100 000 wierszy"). Immutable.</summary>
internal sealed record ListProgressDto(int Done, int Total, string Text);
