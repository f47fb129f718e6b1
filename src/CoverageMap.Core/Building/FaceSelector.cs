namespace CoverageMap.Core.Building;

/// <summary>The faces chosen for an area and how each bounding street figures on their outline.</summary>
/// <param name="Faces">Indices (into <see cref="StreetArrangement.Faces"/>) of the chosen faces.</param>
/// <param name="Outline">Per bounding street, metres of the chosen faces' outline it makes up.</param>
/// <param name="Inside">Per bounding street, metres of it between two chosen faces (crossing the area).</param>
/// <param name="Valid">True when the faces are edge-connected and every street makes up enough of the outline.</param>
/// <param name="ValidSets">How many face sets were valid (more than one: the choice was a judgement).</param>
internal sealed record FaceChoice(
    IReadOnlyList<int> Faces,
    IReadOnlyList<double> Outline,
    IReadOnlyList<double> Inside,
    bool Valid,
    int ValidSets);

/// <summary>
/// Chooses the faces that make up an area. Every edge-connected set of candidate faces is tried; a set is valid
/// when each bounding street makes up at least the minimum length of its outer boundary. Of the valid sets the
/// one with the largest area wins: a street crossing the area (faces on both sides, both needed) keeps both
/// halves, while a face outside the ring (formed by streets running past corners) is dropped because it hides
/// the piece of street it shares with the area. With no valid set, the set with the most streets on its outline
/// (then the largest) is returned with <see cref="FaceChoice.Valid"/> false, for the diagnostics. Stateless.
/// </summary>
internal static class FaceSelector
{
    public static FaceChoice Choose(
        StreetArrangement arrangement, int streetCount, IReadOnlyList<int> candidates, double minContribution)
    {
        int k = candidates.Count;
        if (k == 0) return new FaceChoice([], new double[streetCount], new double[streetCount], false, 0);

        var local = new Dictionary<int, int>();
        for (int i = 0; i < k; i++) local[candidates[i]] = i;

        // Edge classes: (street, face a, face b) → length. Face −1 = no candidate face on that side.
        var classes = new Dictionary<(int Street, int A, int B), double>();
        var adjacency = new int[k];
        foreach (var segment in arrangement.Segments)
        {
            var sides = segment.Faces.Where(local.ContainsKey).Select(f => local[f]).OrderBy(f => f).ToList();
            if (sides.Count == 0) continue;
            int a = sides.Count > 1 ? sides[0] : -1, b = sides.Count > 1 ? sides[1] : sides[0];
            if (a >= 0)
            {
                adjacency[a] |= 1 << b;
                adjacency[b] |= 1 << a;
            }

            var key = (arrangement.StreetOf(segment), a, b);
            classes[key] = classes.GetValueOrDefault(key) + segment.Length;
        }

        var edges = classes.Select(kv => (kv.Key.Street, kv.Key.A, kv.Key.B, Length: kv.Value)).ToArray();
        var areas = candidates.Select(f => arrangement.Faces[f].Area).ToArray();

        int bestValid = 0, bestPartial = 0, bestPartialCount = -1, validSets = 0;
        double bestValidArea = -1, bestPartialArea = -1;
        var outline = new double[streetCount];
        for (int mask = 1; mask < 1 << k; mask++)
        {
            if (!IsConnected(mask, adjacency)) continue;
            Array.Clear(outline);
            foreach (var (street, a, b, length) in edges)
            {
                if (street < 0) continue;
                bool inA = a >= 0 && (mask & (1 << a)) != 0, inB = (mask & (1 << b)) != 0;
                if (inA ^ inB) outline[street] += length;
            }

            int contributing = outline.Count(l => l >= minContribution);
            double area = 0;
            for (int i = 0; i < k; i++) if ((mask & (1 << i)) != 0) area += areas[i];
            if (contributing == streetCount)
            {
                validSets++;
                if (area > bestValidArea) (bestValid, bestValidArea) = (mask, area);
            }

            if (contributing > bestPartialCount || (contributing == bestPartialCount && area > bestPartialArea))
                (bestPartial, bestPartialCount, bestPartialArea) = (mask, contributing, area);
        }

        bool valid = validSets > 0;
        int chosen = valid ? bestValid : bestPartial;
        var finalOutline = new double[streetCount];
        var inside = new double[streetCount];
        foreach (var (street, a, b, length) in edges)
        {
            if (street < 0) continue;
            bool inA = a >= 0 && (chosen & (1 << a)) != 0, inB = (chosen & (1 << b)) != 0;
            if (inA ^ inB) finalOutline[street] += length;
            else if (inA && inB) inside[street] += length;
        }

        var faces = Enumerable.Range(0, k).Where(i => (chosen & (1 << i)) != 0).Select(i => candidates[i]).ToArray();
        return new FaceChoice(faces, finalOutline, inside, valid, validSets);
    }

    /// <summary>True when the faces of <paramref name="mask"/> are connected through shared segments.</summary>
    private static bool IsConnected(int mask, int[] adjacency)
    {
        int start = mask & -mask, reached = start, frontier = start;
        while (frontier != 0)
        {
            int next = 0;
            for (int f = frontier; f != 0; f &= f - 1)
            {
                int bit = f & -f;
                next |= adjacency[System.Numerics.BitOperations.TrailingZeroCount(bit)];
            }

            next &= mask & ~reached;
            reached |= next;
            frontier = next;
        }

        return reached == mask;
    }
}
