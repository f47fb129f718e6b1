using System.Globalization;
using CoverageMap.Core.Geometry;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Turns a <see cref="PointFields"/> into WGS 84 latitude/longitude, or into <see cref="FieldError"/>s that name
/// each bad field. Stateless and thread-safe.
/// </summary>
/// <remarks>
/// Numbers use the invariant culture (<c>52.2297</c>, <c>5.2e1</c>); a Polish decimal comma (<c>52,2297</c>) is
/// accepted too when it is the only separator, because spreadsheets exported with Polish settings write it.
/// Thousands separators are not accepted. NaN, ±Infinity and values that overflow a double (<c>1e309</c>) are
/// rejected. Latitude must lie in −90…90 and longitude in −180…180. A pair that looks swapped for Poland
/// (latitude 14–24 and longitude 49–55) is rejected with a message that says so. x/y in EPSG:2180 or 2178 are
/// easting/northing in metres and must lie within the grid's area around Poland.
/// </remarks>
internal static class PointParser
{
    private const int MaxEcho = 40;

    public static bool TryParse(PointFields f, List<FieldError> errors, out double latitude, out double longitude)
    {
        latitude = longitude = double.NaN;
        int before = errors.Count;
        if (f.HasGrid && f.HasLatLon)
        {
            errors.Add(new FieldError(!string.IsNullOrWhiteSpace(f.X) ? "x" : !string.IsNullOrWhiteSpace(f.Y) ? "y" : "srid", FieldErrorKind.BothCoordinateForms));
            return false;
        }
        if (f.HasGrid) return TryParseGrid(f, errors, out latitude, out longitude);

        bool okLat = TryParseNumber(f.LatName, f.Lat, errors, out double lat);
        bool okLon = TryParseNumber(f.LonName, f.Lon, errors, out double lon);
        if (!okLat || !okLon) return false;
        if (!CheckLatLon(f.LatName, f.LonName, lat, lon, errors)) return false;
        (latitude, longitude) = (lat, lon);
        return errors.Count == before;
    }

    private static bool TryParseGrid(PointFields f, List<FieldError> errors, out double latitude, out double longitude)
    {
        latitude = longitude = double.NaN;
        bool okX = TryParseNumber("x", f.X, errors, out double x);
        bool okY = TryParseNumber("y", f.Y, errors, out double y);
        bool okSrid = TryParseSrid(f.Srid, errors, out int srid);
        if (!okX || !okY || !okSrid) return false;
        if (srid == Geo.Wgs84)
        {
            if (!CheckLatLon("y", "x", y, x, errors)) return false;
            (latitude, longitude) = (y, x);
            return true;
        }
        // Generous boxes around Poland in each grid (easting x, northing y).
        var (minX, maxX, minY, maxY) = srid == CrsTransforms.Puwg1992
            ? (100_000d, 900_000d, 100_000d, 900_000d)
            : (7_300_000d, 7_700_000d, 5_400_000d, 6_150_000d);
        string box = $"EPSG:{srid}: x {minX.ToString(CultureInfo.InvariantCulture)}…{maxX.ToString(CultureInfo.InvariantCulture)}, " +
                     $"y {minY.ToString(CultureInfo.InvariantCulture)}…{maxY.ToString(CultureInfo.InvariantCulture)}";
        bool looksSwapped = x >= minY && x <= maxY && y >= minX && y <= maxX && srid == CrsTransforms.Cs2000Zone7;
        if (x < minX || x > maxX)
            errors.Add(new FieldError("x", FieldErrorKind.OutsideGrid, Echo(x), looksSwapped ? box + "; x/y look swapped / x i y wyglądają na zamienione" : box));
        if (y < minY || y > maxY)
            errors.Add(new FieldError("y", FieldErrorKind.OutsideGrid, Echo(y), looksSwapped ? box + "; x/y look swapped / x i y wyglądają na zamienione" : box));
        if (x < minX || x > maxX || y < minY || y > maxY) return false;
        (latitude, longitude) = CrsTransforms.ToLatLon(srid, x, y);
        return true;
    }

    private static bool CheckLatLon(string latName, string lonName, double lat, double lon, List<FieldError> errors)
    {
        if (lat is >= 14 and <= 24 && lon is >= 49 and <= 55)
        {
            string detail = $"{latName}={Echo(lat)}, {lonName}={Echo(lon)}";
            errors.Add(new FieldError(latName, FieldErrorKind.LooksSwapped, Echo(lat), detail));
            errors.Add(new FieldError(lonName, FieldErrorKind.LooksSwapped, Echo(lon), detail));
            return false;
        }
        bool ok = true;
        if (lat is < -90 or > 90) { errors.Add(new FieldError(latName, FieldErrorKind.OutOfRange, Echo(lat), "−90…90")); ok = false; }
        if (lon is < -180 or > 180) { errors.Add(new FieldError(lonName, FieldErrorKind.OutOfRange, Echo(lon), "−180…180")); ok = false; }
        return ok;
    }

    private static bool TryParseSrid(string? raw, List<FieldError> errors, out int srid)
    {
        srid = 0;
        var s = raw?.Trim();
        if (string.IsNullOrEmpty(s)) { errors.Add(new FieldError("srid", FieldErrorKind.Missing)); return false; }
        if (s.StartsWith("EPSG:", StringComparison.OrdinalIgnoreCase)) s = s[5..];
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out srid) || !CrsTransforms.IsSupported(srid))
        {
            errors.Add(new FieldError("srid", FieldErrorKind.UnsupportedSrid, Truncate(raw!)));
            return false;
        }
        return true;
    }

    /// <summary>Parses one number (see the type's remarks); on failure adds an error naming <paramref name="field"/>.</summary>
    public static bool TryParseNumber(string field, string? raw, List<FieldError> errors, out double value)
    {
        value = double.NaN;
        var s = raw?.Trim();
        if (string.IsNullOrEmpty(s)) { errors.Add(new FieldError(field, FieldErrorKind.Missing)); return false; }
        var normalised = s;
        int comma = s.IndexOf(',');
        if (comma >= 0)
        {
            if (s.IndexOf(',', comma + 1) >= 0 || s.Contains('.'))
            {
                errors.Add(new FieldError(field, FieldErrorKind.NotANumber, Truncate(s)));
                return false;
            }
            normalised = s.Replace(',', '.');
        }
        if (!double.TryParse(normalised, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            errors.Add(new FieldError(field, FieldErrorKind.NotANumber, Truncate(s)));
            return false;
        }
        if (!double.IsFinite(value))
        {
            errors.Add(new FieldError(field, FieldErrorKind.NotFinite, Truncate(s)));
            return false;
        }
        return true;
    }

    private static string Echo(double v) => v.ToString("0.#########", CultureInfo.InvariantCulture);

    private static string Truncate(string s) => s.Length <= MaxEcho ? s : s[..MaxEcho] + "…";
}
