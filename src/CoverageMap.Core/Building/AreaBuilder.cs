using System.Globalization;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Registry;
using CoverageMap.Core.Streets;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Union;

namespace CoverageMap.Core.Building;

/// <summary>
/// Builds a partnership's area from the streets that bound it: the polygon the bounding streets enclose.
/// Stateless and thread-safe; performs no I/O.
/// </summary>
/// <remarks>
/// <para>The algorithm, in a local metric projection around the selected lines (so every tolerance is in metres):</para>
/// <list type="number">
/// <item>For each bounding street (the source's, then the supplements) select the network lines the matcher says it
/// names. A street that matches nothing fails the build (<c>street-unmatched</c>); so does an extra
/// (<c>extra-unmatched</c>).</item>
/// <item>Node the selected lines (unary union) and polygonise them. Ends that run past the last crossing (dangles)
/// bound no face and are ignored.</item>
/// <item>Slivers: a face narrower than <see cref="AreaBuildOptions.SliverMaxWidthMetres"/> (the width of the
/// rectangle with the face's area and perimeter) whose perimeter is at least <see cref="AreaBuildOptions.SliverSingleStreetShare"/> one street is the
/// strip between two carriageways of that street. It is dropped (<c>sliver-dropped</c>), so the area's edge runs
/// along the carriageway on the area's side.</item>
/// <item>Face choice: every edge-connected set of the remaining faces is tried; a set is valid when each bounding
/// street makes up at least <see cref="AreaBuildOptions.MinStreetContributionMetres"/> of its outline. The valid
/// set with the largest area is kept: when a street crosses the area both halves are kept (<c>faces-kept</c>); a face
/// outside the ring, formed by streets running past corners, hides the piece of street it shares with the area and
/// is dropped (<c>faces-dropped</c>). When more than one set is valid the choice is reported
/// (<c>face-choice-ambiguous</c>, a warning).</item>
/// <item>No valid set: the ring is examined for gaps. The streets' ring order is the cyclic order with the least total
/// gap (ties: the source's order); each gap is the shortest connection between two consecutive streets. Gaps no
/// longer than <see cref="AreaBuildOptions.GapToleranceMetres"/> are bridged with a straight segment and recorded
/// (<c>gap-bridged</c>, <see cref="GapRecord"/>); otherwise the build fails listing every gap with both end points
/// (lat/lon) and its length (<c>ring-open</c>). A ring without gaps that still leaves a street off the outline fails
/// with <c>street-not-on-outline</c> or <c>street-crosses-area</c> naming it.</item>
/// <item>Extras: rule <c>inside</c> — the extra's lines must lie inside the area within
/// <see cref="AreaBuildOptions.ExtraToleranceMetres"/>, else the build fails (<c>extra-outside</c>); rule <c>union</c>
/// — the extra's polygon (or its lines buffered by <see cref="AreaBuildOptions.ExtraBufferMetres"/>) is added.</item>
/// <item>Output: SRID 4326, rounded to 1e-7°, valid (repaired and noted if needed), normalised, RFC 7946
/// orientation. Estimated accuracy = the worst <see cref="NamedLine.AccuracyMetres"/> of the lines on the outline
/// (<see cref="AreaBuildOptions.DefaultAccuracyMetres"/> where a line gives none) and of the bridged gaps' lengths;
/// approximate when it exceeds <see cref="AreaBuildOptions.ApproximateAboveMetres"/> or any gap was bridged.</item>
/// </list>
/// </remarks>
public static class AreaBuilder
{
    /// <summary>The provenance method of areas this builder makes.</summary>
    public const string Method = "polygonize-bounding-streets";

    private const double TouchToleranceMetres = 0.01;
    private const double BridgeOvershootMetres = 1.0;
    private const int FaceLimit = 20;

    /// <summary>Builds the area of <paramref name="partnershipId"/> from its boundary definition.</summary>
    /// <param name="partnershipId">The partnership's id, copied into the area.</param>
    /// <param name="boundary">Bounding streets (source order, then supplements) and extras.</param>
    /// <param name="network">The street network (EPSG:4326 lines).</param>
    /// <param name="matcher">Decides which network names a boundary's street name means.</param>
    /// <param name="options">Tolerances, defaults and the clock.</param>
    /// <returns>The area with its provenance, or the diagnostics that explain why none was built.</returns>
    public static AreaBuildResult Build(
        string partnershipId,
        BoundaryDefinition boundary,
        StreetNetwork network,
        IStreetNameMatcher matcher,
        AreaBuildOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnershipId);
        ArgumentNullException.ThrowIfNull(boundary);
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(options);

        var diagnostics = new List<BuildDiagnostic>();
        var streets = boundary.Streets;
        if (streets.Count == 0)
        {
            diagnostics.Add(Error(BuildDiagnosticCodes.NoStreets, [], "The boundary names no bounding street."));
            return Fail(partnershipId, diagnostics, []);
        }

        // 1. Select the network lines of each bounding street and each extra.
        var streetLines = streets.Select(s => Matching(network, matcher, s.Name)).ToArray();
        for (int s = 0; s < streets.Count; s++)
        {
            if (streetLines[s].Count == 0)
                diagnostics.Add(Error(BuildDiagnosticCodes.StreetUnmatched, [streets[s].Name, network.Source],
                    $"Bounding street '{streets[s].Name}' matches no line of {network.Source}.", streets[s].Name));
        }

        var extraLines = boundary.Extras.Select(e => Matching(network, matcher, e.Name)).ToArray();
        for (int e = 0; e < boundary.Extras.Count; e++)
        {
            if (extraLines[e].Count == 0)
                diagnostics.Add(Error(BuildDiagnosticCodes.ExtraUnmatched, [boundary.Extras[e].Name, network.Source],
                    $"Extra '{boundary.Extras[e].Name}' matches no line of {network.Source}.", boundary.Extras[e].Name));
        }

        if (diagnostics.Count > 0) return Fail(partnershipId, diagnostics, []);

        // 2. Project everything used into local metres.
        var used = streetLines.Concat(extraLines).SelectMany(l => l).Distinct().ToArray();
        var envelope = new Envelope();
        foreach (var i in used) envelope.ExpandToInclude(network.Lines[i].Geometry.EnvelopeInternal);
        var projection = LocalProjection.Around(envelope);
        var metric = used.ToDictionary(i => i, i => projection.ToMetric(network.Lines[i].Geometry));
        var streetGeometries = streetLines.Select(lines => Combine(lines.Select(l => metric[l]))).ToArray();

        var inputs = new List<ArrangementInput>();
        for (int s = 0; s < streets.Count; s++)
            foreach (var l in streetLines[s]) inputs.Add(new ArrangementInput(metric[l], s, l));

        // 3. Node, polygonise, drop slivers, choose faces.
        var attempt = Attempt(inputs, streets.Count, options);
        if (attempt.TooManyFaces) return TooManyFaces(partnershipId, diagnostics, attempt, options);

        var bridged = new List<(RingGap Gap, GapRecord Record)>();
        if (!attempt.Choice.Valid && OnlyCrossingStreetsMissing(attempt.Choice, options))
        {
            // Every street is on the outline or runs through the area: no bridge can make the crossing one bound it.
            ReportStreetsOffOutline(diagnostics, attempt, streets, options);
            return Fail(partnershipId, diagnostics, []);
        }

        if (!attempt.Choice.Valid)
        {
            // 4. The ring does not close: find the gaps, bridge them if allowed.
            var (_, gaps) = RingGapFinder.Find(streetGeometries, TouchToleranceMetres);
            var records = gaps.Select(g => ToRecord(g, streets, projection)).ToList();
            if (gaps.Count > 0)
            {
                var tolerance = options.GapToleranceMetres;
                if (tolerance <= 0 || gaps.Any(g => g.Length > tolerance))
                {
                    foreach (var (gap, record) in gaps.Zip(records))
                        diagnostics.Add(Error(BuildDiagnosticCodes.RingOpen, GapFacts(record, tolerance), GapMessage(record, tolerance, gap.Length <= tolerance), record.FromStreet));
                    return Fail(partnershipId, diagnostics, records);
                }

                foreach (var (gap, record) in gaps.Zip(records))
                {
                    inputs.Add(new ArrangementInput(Bridge(gap, streetGeometries), -1, -1));
                    bridged.Add((gap, record));
                    diagnostics.Add(Info(BuildDiagnosticCodes.GapBridged, GapFacts(record, tolerance), "Bridged: " + GapMessage(record, tolerance, true), record.FromStreet));
                }

                attempt = Attempt(inputs, streets.Count, options);
                if (attempt.TooManyFaces) return TooManyFaces(partnershipId, diagnostics, attempt, options);
            }

            if (!attempt.Choice.Valid)
            {
                ReportStreetsOffOutline(diagnostics, attempt, streets, options);
                return Fail(partnershipId, diagnostics, bridged.Count > 0 ? [] : records);
            }
        }

        // 5. The area: the chosen faces, and what was left out.
        var arrangement = attempt.Arrangement;
        var choice = attempt.Choice;
        ReportFaces(diagnostics, attempt, streets, options);
        var area = UnaryUnionOp.Union(LocalProjection.Metric.BuildGeometry(
            choice.Faces.Select(f => (NetTopologySuite.Geometries.Geometry)arrangement.Faces[f].Polygon).ToArray()));

        // 6. Extras.
        var extrasFailed = false;
        for (int e = 0; e < boundary.Extras.Count; e++)
        {
            var extra = boundary.Extras[e];
            var geometry = Combine(extraLines[e].Select(l => metric[l]));
            if (string.Equals(extra.Rule, "inside", StringComparison.OrdinalIgnoreCase))
                extrasFailed |= !CheckInside(diagnostics, extra, geometry, area, options);
            else if (string.Equals(extra.Rule, "union", StringComparison.OrdinalIgnoreCase))
            {
                var added = geometry.Dimension == Dimension.Surface ? geometry : geometry.Buffer(options.ExtraBufferMetres);
                var before = area.Area;
                area = area.Union(added);
                var addedHectares = (area.Area - before) / 10_000;
                diagnostics.Add(Info(BuildDiagnosticCodes.ExtraAdded, [extra.Name, addedHectares],
                    $"Extra '{extra.Name}' added to the area (+{F(addedHectares, "0.00")} ha).", extra.Name));
            }
            else
            {
                diagnostics.Add(Error(BuildDiagnosticCodes.ExtraRuleUnknown, [extra.Name, extra.Rule],
                    $"Extra '{extra.Name}' has rule '{extra.Rule}'; expected 'inside' or 'union'.", extra.Name));
                extrasFailed = true;
            }
        }

        if (extrasFailed) return Fail(partnershipId, diagnostics, []);

        // 7. Publishable geometry, accuracy and provenance.
        var geometryOut = AreaGeometryFinisher.Finish(area, projection, diagnostics);

        var selected = choice.Faces.ToHashSet();
        var outlineLines = arrangement.Segments
            .Where(seg => seg.Faces.Count(selected.Contains) == 1 && seg.Input >= 0)
            .Select(seg => arrangement.Inputs[seg.Input].Line)
            .Where(l => l >= 0)
            .Concat(boundary.Extras.Select((x, i) => (x, i))
                .Where(t => string.Equals(t.x.Rule, "union", StringComparison.OrdinalIgnoreCase))
                .SelectMany(t => extraLines[t.i]))
            .ToHashSet();
        var accuracy = outlineLines
            .Select(l => network.Lines[l].AccuracyMetres ?? options.DefaultAccuracyMetres)
            .Concat(bridged.Select(b => b.Gap.Length))
            .DefaultIfEmpty(options.DefaultAccuracyMetres)
            .Max();
        accuracy = Math.Round(accuracy, 1);
        var approximate = accuracy > options.ApproximateAboveMetres || bridged.Count > 0;

        var faces = new FaceCounts(choice.Faces.Count, arrangement.Faces.Count, arrangement.DangleCount);
        var findings = diagnostics
            .Where(d => d.Severity != FindingSeverity.Error)
            .Select(ProvenanceFinding.Of)
            .Prepend(new ProvenanceFinding(ProvenanceFindingCodes.FacesFormed, [.. new[] { faces.Kept, faces.Formed, faces.DanglingEnds }
                .Select(n => n.ToString(CultureInfo.InvariantCulture))]))
            .ToArray();

        var provenance = new AreaProvenance(
            Method,
            boundary.Basis,
            network.Source,
            network.SourceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            network.Licence,
            streets.Select((s, i) => new StreetMatchRecord(
                s.Name, streetLines[i].Select(l => network.Lines[l].Name).Distinct().ToArray(), s.InSource)).ToArray(),
            streets.Where(s => !s.InSource).Select(s => s.Why is null ? s.Name : $"{s.Name}: {s.Why}").ToArray(),
            bridged.Select(b => b.Record).ToArray(),
            Math.Max(0, options.GapToleranceMetres),
            accuracy,
            approximate,
            options.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            [])
        { Findings = findings };

        return new AreaBuildResult(partnershipId, new Area(partnershipId, geometryOut, provenance), diagnostics, [], faces);
    }

    private sealed record AttemptResult(StreetArrangement Arrangement, bool[] Slivers, IReadOnlyList<int> Candidates, FaceChoice Choice, bool TooManyFaces);

    private static AttemptResult Attempt(IReadOnlyList<ArrangementInput> inputs, int streetCount, AreaBuildOptions options)
    {
        var arrangement = StreetArrangement.Build(inputs);
        var slivers = arrangement.Faces.Select(f => IsSliver(arrangement, f, options)).ToArray();
        var candidates = Enumerable.Range(0, arrangement.Faces.Count).Where(f => !slivers[f]).ToArray();
        int limit = Math.Clamp(options.MaxFaces, 1, FaceLimit);
        if (candidates.Length > limit)
            return new AttemptResult(arrangement, slivers, candidates, new FaceChoice([], [], [], false, 0), true);
        var choice = FaceSelector.Choose(arrangement, streetCount, candidates, options.MinStreetContributionMetres);
        return new AttemptResult(arrangement, slivers, candidates, choice, false);
    }

    private static bool OnlyCrossingStreetsMissing(FaceChoice choice, AreaBuildOptions options) =>
        choice.Faces.Count > 0 &&
        Enumerable.Range(0, choice.Outline.Count).All(s =>
            choice.Outline[s] >= options.MinStreetContributionMetres || choice.Inside[s] >= options.MinStreetContributionMetres);

    private static bool IsSliver(StreetArrangement arrangement, ArrangementFace face, AreaBuildOptions options)
    {
        if (face.Perimeter <= 0) return true;
        if (Width(face) >= options.SliverMaxWidthMetres) return false;
        var dominant = StreetLengths(arrangement, face).Values.DefaultIfEmpty(0).Max();
        return dominant / face.Perimeter >= options.SliverSingleStreetShare;
    }

    /// <summary>The width of the rectangle with the face's area and perimeter (the width of a strip).</summary>
    private static double Width(ArrangementFace face)
    {
        var p = face.Perimeter;
        var discriminant = p * p - 16 * face.Area;
        return discriminant <= 0 ? Math.Sqrt(face.Area) : (p - Math.Sqrt(discriminant)) / 4;
    }

    /// <summary>Metres of each bounding street (index) on a face's rings; bridges excluded.</summary>
    private static Dictionary<int, double> StreetLengths(StreetArrangement arrangement, ArrangementFace face)
    {
        var lengths = new Dictionary<int, double>();
        foreach (var id in face.Segments.Distinct())
        {
            var segment = arrangement.Segments[id];
            var street = arrangement.StreetOf(segment);
            if (street >= 0) lengths[street] = lengths.GetValueOrDefault(street) + segment.Length;
        }

        return lengths;
    }

    private static void ReportFaces(
        List<BuildDiagnostic> diagnostics, AttemptResult attempt, IReadOnlyList<BoundingStreet> streets, AreaBuildOptions options)
    {
        var arrangement = attempt.Arrangement;
        var choice = attempt.Choice;
        for (int f = 0; f < arrangement.Faces.Count; f++)
        {
            var face = arrangement.Faces[f];
            if (attempt.Slivers[f])
            {
                var street = StreetLengths(arrangement, face).OrderByDescending(kv => kv.Value).Select(kv => streets[kv.Key].Name).FirstOrDefault() ?? "?";
                diagnostics.Add(Info(BuildDiagnosticCodes.SliverDropped, [street, Width(face), face.Area],
                    $"Dropped a sliver {F(Width(face), "0")} m wide ({F(face.Area, "0")} m²) between two lines of '{street}' (parallel carriageways).",
                    street));
            }
            else if (!choice.Faces.Contains(f))
            {
                var bounding = BoundingStreetsOf(arrangement, face, streets, options);
                diagnostics.Add(Info(BuildDiagnosticCodes.FacesDropped, [face.Area / 10_000, bounding],
                    $"Dropped a face of {F(face.Area / 10_000, "0.00")} ha bounded by {(bounding.Length == 0 ? "no bounding street" : string.Join(", ", bounding))}: it lies outside the ring of bounding streets."));
            }
        }

        if (choice.Faces.Count > 1)
        {
            var crossing = Enumerable.Range(0, streets.Count).Where(s => choice.Inside[s] >= options.MinStreetContributionMetres).Select(s => streets[s].Name).ToArray();
            var hectares = choice.Faces.Select(f => arrangement.Faces[f].Area / 10_000).ToArray();
            diagnostics.Add(Info(BuildDiagnosticCodes.FacesKept, [choice.Faces.Count, hectares, crossing],
                $"The area is the union of {choice.Faces.Count} faces ({string.Join(", ", choice.Faces.Select(f => F(arrangement.Faces[f].Area / 10_000, "0.00") + " ha"))})" +
                (crossing.Length > 0 ? $"; {string.Join(", ", crossing)} cross(es) it." : ".")));
        }

        if (choice.ValidSets > 1)
        {
            diagnostics.Add(new BuildDiagnostic(FindingSeverity.Warning, BuildDiagnosticCodes.FaceChoiceAmbiguous, [choice.ValidSets - 1],
                $"{choice.ValidSets - 1} other set(s) of faces also have every bounding street on their outline; the largest was kept."));
        }
    }

    private static void ReportStreetsOffOutline(
        List<BuildDiagnostic> diagnostics, AttemptResult attempt, IReadOnlyList<BoundingStreet> streets, AreaBuildOptions options)
    {
        var choice = attempt.Choice;
        if (choice.Faces.Count == 0)
        {
            diagnostics.Add(Error(BuildDiagnosticCodes.NoArea, [streets.Select(s => s.Name).ToArray()],
                $"The bounding streets ({string.Join(", ", streets.Select(s => s.Name))}) meet but enclose no area."));
            return;
        }

        for (int s = 0; s < streets.Count; s++)
        {
            var min = options.MinStreetContributionMetres;
            if (choice.Outline[s] >= min) continue;
            diagnostics.Add(choice.Inside[s] >= min
                ? Error(BuildDiagnosticCodes.StreetCrossesArea, [streets[s].Name, choice.Inside[s]],
                    $"Street '{streets[s].Name}' crosses the area ({F(choice.Inside[s], "0")} m of it lie inside) instead of bounding it.",
                    streets[s].Name)
                : Error(BuildDiagnosticCodes.StreetNotOnOutline, [streets[s].Name, choice.Outline[s], min],
                    $"Street '{streets[s].Name}' does not touch the area: it makes up {F(choice.Outline[s], "0")} m of the outline (at least {F(min, "0")} m needed).",
                    streets[s].Name));
        }
    }

    private static AreaBuildResult TooManyFaces(string id, List<BuildDiagnostic> diagnostics, AttemptResult attempt, AreaBuildOptions options)
    {
        var weighable = Math.Clamp(options.MaxFaces, 1, FaceLimit);
        diagnostics.Add(Error(BuildDiagnosticCodes.TooManyFaces, [attempt.Candidates.Count, weighable],
            $"The bounding streets form {attempt.Candidates.Count} faces; at most {weighable} can be weighed. Check the name matching."));
        return Fail(id, diagnostics, []);
    }

    private static bool CheckInside(
        List<BuildDiagnostic> diagnostics, BoundaryExtra extra, NetTopologySuite.Geometries.Geometry geometry,
        NetTopologySuite.Geometries.Geometry area, AreaBuildOptions options)
    {
        var tolerance = options.ExtraToleranceMetres;
        var total = geometry.Dimension == Dimension.Surface ? geometry.Area : geometry.Length;
        var outsidePart = geometry.Difference(area.Buffer(tolerance));
        var outside = geometry.Dimension == Dimension.Surface ? outsidePart.Area : outsidePart.Length;
        var unit = geometry.Dimension == Dimension.Surface ? "m²" : "m";
        if (outside <= 0.5)
        {
            diagnostics.Add(Info(BuildDiagnosticCodes.ExtraInside, [extra.Name, tolerance],
                $"Extra '{extra.Name}' lies inside the area (tolerance {F(tolerance, "0")} m).", extra.Name));
            return true;
        }

        var farthest = geometry.Coordinates.Max(c => area.Distance(LocalProjection.Metric.CreatePoint(c)));
        diagnostics.Add(Error(BuildDiagnosticCodes.ExtraOutside, [extra.Name, outside, total, unit, farthest, tolerance],
            $"Extra '{extra.Name}' must lie inside the area, but {F(outside, "0")} {unit} of its {F(total, "0")} {unit} lie outside " +
            $"(up to {F(farthest, "0")} m from the outline; tolerance {F(tolerance, "0")} m).",
            extra.Name));
        return false;
    }

    /// <summary>The bounding streets that make up enough of a face's outline, in boundary order.</summary>
    private static string[] BoundingStreetsOf(StreetArrangement arrangement, ArrangementFace face, IReadOnlyList<BoundingStreet> streets, AreaBuildOptions options) =>
        StreetLengths(arrangement, face)
            .Where(kv => kv.Value >= options.MinStreetContributionMetres)
            .OrderBy(kv => kv.Key)
            .Select(kv => streets[kv.Key].Name)
            .ToArray();

    /// <summary>One geometry of the given metric pieces: the union of their polygons when any is polygonal,
    /// otherwise a MultiLineString of all their lines (never a GeometryCollection, which overlay refuses).</summary>
    private static NetTopologySuite.Geometries.Geometry Combine(IEnumerable<NetTopologySuite.Geometries.Geometry> pieces)
    {
        var list = pieces.ToArray();
        var polygons = list.SelectMany(g => PolygonExtracter.GetPolygons(g)).ToArray();
        if (polygons.Length > 0) return UnaryUnionOp.Union(LocalProjection.Metric.BuildGeometry(polygons));
        var lines = list.SelectMany(g => LinearComponentExtracter.GetLines(g)).Cast<LineString>().ToArray();
        return LocalProjection.Metric.CreateMultiLineString(lines);
    }

    private static List<int> Matching(StreetNetwork network, IStreetNameMatcher matcher, string name)
    {
        var lines = new List<int>();
        for (int i = 0; i < network.Lines.Count; i++)
        {
            var line = network.Lines[i];
            if (line.Geometry.IsEmpty || line.Geometry.Dimension == Dimension.Point) continue;
            if (matcher.Matches(name, line.Name)) lines.Add(i);
        }

        return lines;
    }

    private static LineString Bridge(RingGap gap, IReadOnlyList<NetTopologySuite.Geometries.Geometry> streets)
    {
        var (p, q) = (gap.FromPoint, gap.ToPoint);
        double ux = (q.X - p.X) / gap.Length, uy = (q.Y - p.Y) / gap.Length;

        // An end on a vertex joins exactly; an end inside a segment overshoots a little so noding finds the crossing.
        var start = IsVertex(streets[gap.From], p) ? p.Copy() : new Coordinate(p.X - ux * BridgeOvershootMetres, p.Y - uy * BridgeOvershootMetres);
        var end = IsVertex(streets[gap.To], q) ? q.Copy() : new Coordinate(q.X + ux * BridgeOvershootMetres, q.Y + uy * BridgeOvershootMetres);
        return LocalProjection.Metric.CreateLineString([start, end]);
    }

    private static bool IsVertex(NetTopologySuite.Geometries.Geometry geometry, Coordinate c) =>
        geometry.Coordinates.Any(v => v.Distance(c) < 1e-9);

    private static GapRecord ToRecord(RingGap gap, IReadOnlyList<BoundingStreet> streets, LocalProjection projection)
    {
        var from = projection.ToLonLat(gap.FromPoint);
        var to = projection.ToLonLat(gap.ToPoint);
        return new GapRecord(
            streets[gap.From].Name, streets[gap.To].Name,
            Math.Round(from.Y, 7), Math.Round(from.X, 7), Math.Round(to.Y, 7), Math.Round(to.X, 7),
            Math.Round(gap.Length, 1));
    }

    private static object[] GapFacts(GapRecord gap, double tolerance) =>
        [gap.FromStreet, gap.LengthMetres, gap.ToStreet, Math.Max(0, tolerance)];

    private static string GapMessage(GapRecord gap, double tolerance, bool withinTolerance) =>
        $"gap of {F(gap.LengthMetres, "0.0")} m between '{gap.FromStreet}' at {LatLon(gap.FromLat, gap.FromLon)} and " +
        $"'{gap.ToStreet}' at {LatLon(gap.ToLat, gap.ToLon)}" +
        (tolerance > 0
            ? $" (gap tolerance {F(tolerance, "0.#")} m{(withinTolerance ? "" : ", exceeded")})."
            : " (no gap tolerance set).");

    private static string LatLon(double lat, double lon) => $"{F(lat, "0.000000")} N, {F(lon, "0.000000")} E";

    private static string F(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static BuildDiagnostic Error(string code, IReadOnlyList<object> facts, string message, string? street = null) =>
        new(FindingSeverity.Error, code, facts, message, street);

    private static BuildDiagnostic Info(string code, IReadOnlyList<object> facts, string message, string? street = null) =>
        new(FindingSeverity.Info, code, facts, message, street);

    private static AreaBuildResult Fail(string id, List<BuildDiagnostic> diagnostics, IReadOnlyList<GapRecord> gaps) =>
        new(id, null, diagnostics, gaps);
}
