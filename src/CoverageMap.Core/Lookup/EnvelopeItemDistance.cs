using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace CoverageMap.Core.Lookup;

/// <summary>
/// Distance between the envelopes of two tree entries: a cheap first guess for the nearest-area search, which
/// then checks exact distances (see <see cref="AreaIndex"/>). Stateless and thread-safe.
/// </summary>
internal sealed class EnvelopeItemDistance : IItemDistance<Envelope, IndexedArea>
{
    public static EnvelopeItemDistance Instance { get; } = new();

    public double Distance(IBoundable<Envelope, IndexedArea> item1, IBoundable<Envelope, IndexedArea> item2) =>
        item1.Bounds.Distance(item2.Bounds);
}
