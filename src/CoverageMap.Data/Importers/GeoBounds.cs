namespace CoverageMap.Data.Importers;

/// <summary>A latitude/longitude box (EPSG:4326, degrees). Immutable.</summary>
/// <param name="South">Minimum latitude.</param>
/// <param name="West">Minimum longitude.</param>
/// <param name="North">Maximum latitude.</param>
/// <param name="East">Maximum longitude.</param>
public sealed record GeoBounds(double South, double West, double North, double East)
{
    /// <summary>Warsaw (city limits 52.097–52.368 N, 20.851–21.271 E) with about 2 km to spare.</summary>
    public static GeoBounds Warsaw { get; } = new(52.07, 20.82, 52.39, 21.30);

    /// <summary>Poland, generously.</summary>
    public static GeoBounds Poland { get; } = new(48.9, 14.0, 55.0, 24.2);

    /// <summary>True when the point lies inside the box (edges included).</summary>
    public bool Contains(double latitude, double longitude) =>
        latitude >= South && latitude <= North && longitude >= West && longitude <= East;

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{South}–{North} N, {West}–{East} E");
}
