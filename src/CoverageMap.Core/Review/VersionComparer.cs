using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Building;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Registry;
using CoverageMap.Core.Geometry;

namespace CoverageMap.Core.Review;

/// <summary>
/// Compares two dataset versions for review before activation: which areas change and by how many hectares (gained and
/// lost land as geometries, for the map), whose facts change, and which addresses of the gazetteer change partnership.
/// An address is one street and house number (several sources' points of one address count once: the first point);
/// its partnerships are the areas that cover its point, the border included (the boundary rule). Stateless and
/// thread-safe; no I/O.
/// </summary>
public static class VersionComparer
{
    private const double SquareMetresPerHectare = 10_000;

    /// <summary>Compares <paramref name="from"/> with <paramref name="to"/>.</summary>
    /// <param name="from">The earlier version (usually the active one).</param>
    /// <param name="to">The version under review.</param>
    /// <param name="gazetteer">The address points.</param>
    /// <param name="moveLimit">The most moves listed (all are counted).</param>
    public static VersionComparison Compare(Dataset from, Dataset to, AddressGazetteer gazetteer, int moveLimit = 1000)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(gazetteer);
        var areas = CompareAreas(from, to);

        var before = new AreaIndex(from);
        var after = new AreaIndex(to);
        var seen = new HashSet<(string, string)>();
        var moves = new List<AddressMove>();
        var byChange = new SortedDictionary<string, int>(StringComparer.Ordinal);
        int compared = 0, moved = 0;
        foreach (var point in gazetteer.Points)
        {
            if (!seen.Add((point.StreetId ?? point.StreetKey, point.HouseNumberKey))) continue;
            compared++;
            var b = Ids(before.Locate(point.Latitude, point.Longitude));
            var a = Ids(after.Locate(point.Latitude, point.Longitude));
            if (b.SequenceEqual(a, StringComparer.Ordinal)) continue;
            moved++;
            var key = string.Join('+', b) + "→" + string.Join('+', a);
            byChange[key] = byChange.GetValueOrDefault(key) + 1;
            if (moves.Count < moveLimit) moves.Add(new AddressMove(point.StreetName, point.HouseNumberText, point.Latitude, point.Longitude, b, a));
        }
        moves.Sort((x, y) => string.CompareOrdinal(x.Street, y.Street) is var c && c != 0 ? c : HouseNumberOrder(x.HouseNumber, y.HouseNumber));
        return new VersionComparison(from.Version, to.Version, areas, compared, moved, moves, byChange);
    }

    private static List<AreaChange> CompareAreas(Dataset from, Dataset to)
    {
        var fromAreas = from.Areas.ToDictionary(a => a.PartnershipId, StringComparer.Ordinal);
        var toAreas = to.Areas.ToDictionary(a => a.PartnershipId, StringComparer.Ordinal);
        var fromFacts = from.Partnerships.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var toFacts = to.Partnerships.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var ids = fromFacts.Keys.Union(toFacts.Keys).Union(fromAreas.Keys).Union(toAreas.Keys).Order(StringComparer.Ordinal);
        var empty = Geo.Factory.CreateGeometryCollection();
        var changes = new List<AreaChange>();
        foreach (var id in ids)
        {
            var old = fromAreas.GetValueOrDefault(id)?.Geometry;
            var now = toAreas.GetValueOrDefault(id)?.Geometry;
            var name = (toFacts.GetValueOrDefault(id) ?? fromFacts.GetValueOrDefault(id))?.Name ?? id;
            bool factsChanged = !SameFacts(fromFacts.GetValueOrDefault(id), toFacts.GetValueOrDefault(id));
            NetTopologySuite.Geometries.Geometry gained = empty, lost = empty;
            AreaChangeKind kind;
            if (old is null && now is null) kind = AreaChangeKind.Unchanged;
            else if (old is null) (kind, gained) = (AreaChangeKind.Added, now!);
            else if (now is null) (kind, lost) = (AreaChangeKind.Removed, old);
            else if (old.EqualsExact(now)) kind = AreaChangeKind.Unchanged;
            else
            {
                kind = AreaChangeKind.Changed;
                gained = now.Difference(old);
                lost = old.Difference(now);
            }
            changes.Add(new AreaChange(id, name, kind, factsChanged, Hectares(old), Hectares(now), Hectares(gained), Hectares(lost), gained, lost));
        }
        return changes;
    }

    private static bool SameFacts(Partnership? a, Partnership? b)
    {
        if (a is null || b is null) return a is null && b is null;
        // Records compare lists by reference; the facts are compared by their content.
        return System.Text.Json.JsonSerializer.Serialize(a) == System.Text.Json.JsonSerializer.Serialize(b);
    }

    private static double Hectares(NetTopologySuite.Geometries.Geometry? g) => g is null || g.IsEmpty ? 0 : Math.Round(AreaSetChecks.AreaSquareMetres(g) / SquareMetresPerHectare, 2);

    private static string[] Ids(LocateResult r) => r.Areas.Count == 0 ? [] : [.. r.Areas.Select(a => a.PartnershipId).Order(StringComparer.Ordinal)];

    private static int HouseNumberOrder(string a, string b)
    {
        static int Leading(string s)
        {
            int n = 0, i = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]) && n < 100_000) n = n * 10 + (s[i++] - '0');
            return n;
        }
        int c = Leading(a).CompareTo(Leading(b));
        return c != 0 ? c : string.CompareOrdinal(a, b);
    }
}
