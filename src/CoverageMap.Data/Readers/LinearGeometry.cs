using System.Globalization;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Readers;

/// <summary>
/// Rebuilds a source line geometry as a 2-D <see cref="LineString"/> or <see cref="MultiLineString"/> of
/// <see cref="Geo.Factory"/>, optionally transforming every coordinate, and checks the result is longitude/latitude.
/// </summary>
internal static class LinearGeometry
{
    /// <summary>The outcome of <see cref="TryBuild"/>.</summary>
    internal enum Outcome
    {
        Built,
        NotLinear,
        Incomplete,
    }

    /// <summary>
    /// Rebuilds <paramref name="source"/>. Parts with fewer than two distinct coordinates are dropped; a
    /// multi-line with one part left becomes a line.
    /// </summary>
    /// <param name="source">The geometry as read; null counts as not linear.</param>
    /// <param name="transform">Maps a source (x, y) to (longitude, latitude); null when the source is lon/lat.</param>
    /// <param name="describe">Names the feature in a fault: its file, the feature (number or id) and its street name.</param>
    /// <param name="result">The rebuilt geometry when the outcome is <see cref="Outcome.Built"/>.</param>
    internal static Outcome TryBuild(
        NetTopologySuite.Geometries.Geometry? source,
        Func<double, double, (double Lon, double Lat)>? transform,
        Func<(string File, string Feature, string Name)> describe,
        out NetTopologySuite.Geometries.Geometry? result)
    {
        result = null;
        IEnumerable<LineString> parts;
        if (source is LineString line) parts = [line];
        else if (source is MultiLineString multi) parts = multi.Geometries.Cast<LineString>();
        else return Outcome.NotLinear;

        var built = new List<LineString>();
        foreach (var part in parts)
        {
            var coordinates = new List<Coordinate>(part.NumPoints);
            foreach (var c in part.Coordinates)
            {
                var (lon, lat) = transform is null ? (c.X, c.Y) : transform(c.X, c.Y);
                Append(coordinates, lon, lat, describe);
            }
            if (coordinates.Count >= 2) built.Add(Geo.Factory.CreateLineString(coordinates.ToArray()));
        }
        if (built.Count == 0) return Outcome.Incomplete;
        result = built.Count == 1 ? built[0] : Geo.Factory.CreateMultiLineString(built.ToArray());
        return Outcome.Built;
    }

    /// <summary>Builds a line from lon/lat pairs (consecutive duplicates dropped), or null with fewer than two left.</summary>
    internal static LineString? TryBuildLine(IEnumerable<(double Lon, double Lat)> points, Func<(string File, string Feature, string Name)> describe)
    {
        var coordinates = new List<Coordinate>();
        foreach (var (lon, lat) in points) Append(coordinates, lon, lat, describe);
        return coordinates.Count >= 2 ? Geo.Factory.CreateLineString(coordinates.ToArray()) : null;
    }

    /// <exception cref="InputProblemException"><see cref="InputProblem.NetworkNotLonLat"/>: the point is not longitude/latitude.</exception>
    private static void Append(List<Coordinate> coordinates, double lon, double lat, Func<(string File, string Feature, string Name)> describe)
    {
        if (!double.IsFinite(lon) || !double.IsFinite(lat) || Math.Abs(lon) > 180 || Math.Abs(lat) > 90)
        {
            var (file, feature, name) = describe();
            throw new InputProblemException(InputProblem.NetworkNotLonLat, file, feature, name,
                lon.ToString(CultureInfo.InvariantCulture), lat.ToString(CultureInfo.InvariantCulture));
        }
        if (coordinates.Count > 0 && coordinates[^1].X == lon && coordinates[^1].Y == lat) return;
        coordinates.Add(new Coordinate(lon, lat));
    }
}
