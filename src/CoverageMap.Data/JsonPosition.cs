using System.Globalization;
using System.Text.Json;

namespace CoverageMap.Data;

/// <summary>Where a <see cref="JsonException"/> stopped, as facts a person counts: line and character from 1. Stateless.</summary>
internal static class JsonPosition
{
    /// <summary>The line, from 1.</summary>
    public static string Line(JsonException e) => FromOne(e.LineNumber);

    /// <summary>The character in the line, from 1.</summary>
    public static string Character(JsonException e) => FromOne(e.BytePositionInLine);

    private static string FromOne(long? zeroBased) => ((zeroBased ?? 0) + 1).ToString(CultureInfo.InvariantCulture);
}
