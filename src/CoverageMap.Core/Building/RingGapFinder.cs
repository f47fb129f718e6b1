using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Distance;

namespace CoverageMap.Core.Building;

/// <summary>A gap between two bounding streets that are consecutive in the ring, in metric coordinates.</summary>
internal sealed record RingGap(int From, int To, Coordinate FromPoint, Coordinate ToPoint, double Length);

/// <summary>
/// Finds where a ring of bounding streets fails to close. The order of the streets around the ring is the cyclic
/// order that minimises the total length of the gaps between consecutive streets (streets that cross or touch have
/// no gap); ties go to the source's order, and with more than nine streets the source's order is used as given.
/// A gap is the shortest connection between the two streets (usually an end point of one to the nearest point of
/// the other). Stateless.
/// </summary>
internal static class RingGapFinder
{
    private const int MaxPermutedStreets = 9;

    public static (IReadOnlyList<int> Order, IReadOnlyList<RingGap> Gaps) Find(
        IReadOnlyList<NetTopologySuite.Geometries.Geometry> streets, double touchTolerance)
    {
        int n = streets.Count;
        if (n < 2) return (Enumerable.Range(0, n).ToArray(), []);

        var distance = new double[n, n];
        var nearest = new Coordinate[n, n][];
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                var points = DistanceOp.NearestPoints(streets[i], streets[j]);
                var d = points[0].Distance(points[1]);
                distance[i, j] = distance[j, i] = d <= touchTolerance ? 0 : d;
                nearest[i, j] = points;
                nearest[j, i] = [points[1], points[0]];
            }
        }

        var order = Enumerable.Range(0, n).ToArray();
        if (n > 2 && n <= MaxPermutedStreets)
        {
            var best = (int[])order.Clone();
            double bestCost = Cost(order, distance);
            Permute(order, 1, distance, ref best, ref bestCost);
            order = best;
        }

        var gaps = new List<RingGap>();
        int pairs = n == 2 ? 1 : n;
        for (int i = 0; i < pairs; i++)
        {
            int a = order[i], b = order[(i + 1) % n];
            if (distance[a, b] > 0)
                gaps.Add(new RingGap(a, b, nearest[a, b][0], nearest[a, b][1], distance[a, b]));
        }

        return (order, gaps);
    }

    private static double Cost(int[] order, double[,] distance)
    {
        double cost = 0;
        for (int i = 0; i < order.Length; i++) cost += distance[order[i], order[(i + 1) % order.Length]];
        return cost;
    }

    /// <summary>Visits the orders with street 0 first, in lexicographic order; keeps the first cheapest.</summary>
    private static void Permute(int[] order, int from, double[,] distance, ref int[] best, ref double bestCost)
    {
        if (from == order.Length)
        {
            var cost = Cost(order, distance);
            if (cost < bestCost - 1e-9)
            {
                bestCost = cost;
                best = (int[])order.Clone();
            }

            return;
        }

        var remaining = order[from..].OrderBy(x => x).ToArray();
        foreach (var next in remaining)
        {
            var copy = (int[])order.Clone();
            int at = Array.IndexOf(copy, next, from);
            (copy[from], copy[at]) = (copy[at], copy[from]);
            Array.Sort(copy, from + 1, copy.Length - from - 1);
            Permute(copy, from + 1, distance, ref best, ref bestCost);
        }
    }
}
