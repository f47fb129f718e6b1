using CoverageMap.Core.Geometry;
using NetTopologySuite.Geometries;

namespace CoverageMap.Core.Building;

/// <summary>
/// A local equirectangular projection around an origin: X = metres east, Y = metres north. Over the few
/// kilometres of a neighbourhood its scale error is below 0.05 %, far under the data's accuracy.
/// Thread-safe and immutable.
/// </summary>
/// <remarks>Projected geometries use a private SRID-0 factory: they are working copies that never leave the
/// builder or the checks; everything returned goes back through <see cref="Geo.Factory"/>.</remarks>
internal sealed class LocalProjection
{
    private static readonly GeometryFactory MetricFactory = new(new PrecisionModel(), 0);

    private readonly double _originLat;
    private readonly double _originLon;
    private readonly double _perDegreeLon;
    private readonly double _perDegreeLat;

    public LocalProjection(double originLatitude, double originLongitude)
    {
        _originLat = originLatitude;
        _originLon = originLongitude;
        (_perDegreeLon, _perDegreeLat) = Geo.MetresPerDegree(originLatitude);
    }

    /// <summary>A projection centred on the middle of a lon/lat envelope.</summary>
    public static LocalProjection Around(Envelope lonLatEnvelope) =>
        new(lonLatEnvelope.Centre.Y, lonLatEnvelope.Centre.X);

    public Coordinate ToMetric(Coordinate lonLat) =>
        new((lonLat.X - _originLon) * _perDegreeLon, (lonLat.Y - _originLat) * _perDegreeLat);

    public Coordinate ToLonLat(Coordinate metric) =>
        new(_originLon + metric.X / _perDegreeLon, _originLat + metric.Y / _perDegreeLat);

    /// <summary>A metric copy of a lon/lat geometry.</summary>
    public NetTopologySuite.Geometries.Geometry ToMetric(NetTopologySuite.Geometries.Geometry lonLat)
    {
        var copy = MetricFactory.CreateGeometry(lonLat);
        copy.Apply(new Transform(c => ToMetric(c)));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>A lon/lat copy (on <see cref="Geo.Factory"/>) of a metric geometry.</summary>
    public NetTopologySuite.Geometries.Geometry ToLonLat(NetTopologySuite.Geometries.Geometry metric)
    {
        var copy = Geo.Factory.CreateGeometry(metric);
        copy.Apply(new Transform(c => ToLonLat(c)));
        copy.GeometryChanged();
        return copy;
    }

    /// <summary>The metric factory, for geometries the builder creates in projected space.</summary>
    public static GeometryFactory Metric => MetricFactory;

    private sealed class Transform(Func<Coordinate, Coordinate> map) : ICoordinateSequenceFilter
    {
        public bool Done => false;

        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            var mapped = map(new Coordinate(seq.GetX(i), seq.GetY(i)));
            seq.SetX(i, mapped.X);
            seq.SetY(i, mapped.Y);
        }
    }
}
