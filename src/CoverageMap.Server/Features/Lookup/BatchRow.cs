using System.Text.Json;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// One parsed input row of a batch: the point, or the errors that stop it being looked up, and the client's id
/// to echo. Compact (a few dozen bytes), so a whole batch of rows can be held while the syntax is checked.
/// </summary>
/// <param name="JsonId">The <c>id</c> of a JSON row, as sent (string or number).</param>
/// <param name="TextId">The <c>id</c> of a CSV row.</param>
/// <param name="Latitude">The point's latitude (NaN when <paramref name="Errors"/> is set).</param>
/// <param name="Longitude">The point's longitude (NaN when <paramref name="Errors"/> is set).</param>
/// <param name="Errors">Why the row cannot be looked up; null for a good row.</param>
internal readonly record struct BatchRow(JsonElement? JsonId, string? TextId, double Latitude, double Longitude, FieldError[]? Errors);
