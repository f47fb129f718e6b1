namespace CoverageMap.Server.Http;

/// <summary>A problem with one input field: which field, what is wrong, and the offending value. Immutable.</summary>
/// <param name="Field">The field's name as the client sent it (<c>lat</c>, <c>x</c>, <c>srid</c>…).</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Value">The value as received (truncated), if any.</param>
/// <param name="Detail">Extra facts for the message: the allowed range, the other coordinate…</param>
internal sealed record FieldError(string Field, FieldErrorKind Kind, string? Value = null, string? Detail = null);
