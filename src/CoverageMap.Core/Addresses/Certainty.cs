namespace CoverageMap.Core.Addresses;

/// <summary>
/// How sure an answer is, in words and metres. <see cref="Metres"/> is how far the location the answer rests on may be
/// from the true one (0 for a given point, ~25 m for an address point, half the gap for interpolation, the street's
/// reach for a whole-street answer); <see cref="Level"/> adds how close that location is to a border and how accurate
/// that border is. Never omitted. Immutable.
/// </summary>
/// <param name="Level">High, medium, low or none.</param>
/// <param name="Metres">The location's uncertainty, metres (rounded).</param>
public sealed record Certainty(CertaintyLevel Level, double Metres)
{
    /// <summary>No answer, nothing placed.</summary>
    public static Certainty None { get; } = new(CertaintyLevel.None, 0);

    /// <summary>
    /// The level of a location known to within <paramref name="metres"/> that lies <paramref name="borderDistance"/>
    /// from the nearest area border, whose own accuracy is <paramref name="borderAccuracy"/>; never above
    /// <paramref name="cap"/> (the basis's own ceiling).
    /// </summary>
    public static Certainty For(double metres, double borderDistance, double borderAccuracy, CertaintyLevel cap = CertaintyLevel.High)
    {
        var level = borderDistance > metres + borderAccuracy ? CertaintyLevel.High
            : borderDistance > metres ? CertaintyLevel.Medium
            : CertaintyLevel.Low;
        if (level < cap) level = cap;
        return new Certainty(level, Math.Round(metres));
    }
}
