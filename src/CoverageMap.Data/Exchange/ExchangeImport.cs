using System.Globalization;
using System.Text.Json;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Registry;
using CoverageMap.Data.Registry;
using Orientation = NetTopologySuite.Algorithm.Orientation;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.Operation.Valid;

namespace CoverageMap.Data.Exchange;

/// <summary>
/// Turns the records of an exchange file into a dataset, validating as it goes (once, on import, never per query):
/// a geometry must be a Polygon or MultiPolygon in WGS 84 longitude/latitude; an invalid one is repaired with NTS's
/// <see cref="GeometryFixer"/> and noted with what was wrong, or rejected when the repair leaves no area; rings are
/// oriented as RFC 7946 asks (exterior counter-clockwise). A record without a partnership record takes the active
/// version's; one without provenance is recorded as imported from the file; duplicate or unknown ids are rejected.
/// Stateless.
/// </summary>
public static class ExchangeImport
{
    /// <summary>Reads and validates <paramref name="path"/> (its format given, or told by its extension).</summary>
    /// <exception cref="InputProblemException">The format is not said, or the file cannot be read as it.</exception>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    public static ExchangeImportResult Read(string path, ExchangeFormat? format, Dataset? active, DateTimeOffset now)
    {
        var f = format ?? ExchangeFormats.OfPath(path)
            ?? throw new InputProblemException(InputProblem.AreaFormatNotSaid, Path.GetFileName(path), string.Join(", ", ExchangeFormats.Names));
        if (!File.Exists(path)) throw new FileNotFoundException(null, path);
        return FromRecords(ExchangeFormats.Codec(f).Read(path), active, Path.GetFileName(path), now);
    }

    /// <summary>Validates <paramref name="records"/> into a dataset (version 0, not stored).</summary>
    public static ExchangeImportResult FromRecords(IReadOnlyList<ExchangeRecord> records, Dataset? active, string sourceName, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(records);
        var notes = new List<ExchangeNote>();
        var partnerships = new List<Partnership>();
        var areas = new List<Area>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in records)
        {
            void Note(ExchangeNoteKind kind, ExchangeRejection? why, params string[] facts) => notes.Add(new ExchangeNote(r.PartnershipId, kind, facts, why));
            if (string.IsNullOrWhiteSpace(r.PartnershipId)) { Note(ExchangeNoteKind.Rejected, ExchangeRejection.NoPartnershipId); continue; }
            if (!seen.Add(r.PartnershipId)) { Note(ExchangeNoteKind.Rejected, ExchangeRejection.SecondFeature); continue; }
            var partnership = PartnershipOf(r, active, Note);
            if (partnership is null) continue;
            Geometry? geometry = null;
            if (r.Geometry is not null && (geometry = Checked(r.Geometry, Note)) is null) continue;
            partnerships.Add(partnership);
            if (geometry is null) continue;
            var provenance = ProvenanceOf(r, sourceName, now, Note);
            if (provenance is null) { partnerships.RemoveAt(partnerships.Count - 1); continue; }
            areas.Add(new Area(r.PartnershipId, geometry, provenance));
        }
        return new ExchangeImportResult(new Dataset(0, "import " + sourceName, partnerships, areas), records.Count, notes);
    }

    private static Partnership? PartnershipOf(ExchangeRecord r, Dataset? active, NoteWriter note)
    {
        Partnership? p;
        if (string.IsNullOrWhiteSpace(r.PartnershipJson))
        {
            p = active?.Partnerships.FirstOrDefault(x => x.Id == r.PartnershipId);
            if (p is null) { note(ExchangeNoteKind.Rejected, ExchangeRejection.NoPartnershipRecord); return null; }
            note(ExchangeNoteKind.PartnershipFromActiveVersion, null);
        }
        else
        {
            try
            {
                p = JsonSerializer.Deserialize<Partnership>(r.PartnershipJson, RegistryJson.Compact);
            }
            catch (JsonException e)
            {
                note(ExchangeNoteKind.Rejected, ExchangeRejection.PartnershipUnreadable, FieldOf(e));
                return null;
            }
            if (p is null || p.Id != r.PartnershipId)
            {
                note(ExchangeNoteKind.Rejected, ExchangeRejection.PartnershipOtherId, p?.Id ?? "");
                return null;
            }
        }
        if (!string.IsNullOrWhiteSpace(r.Name) && r.Name != p.Name)
        {
            note(ExchangeNoteKind.Renamed, null, r.Name);
            p = p with { Name = r.Name };
        }
        return p;
    }

    private static AreaProvenance? ProvenanceOf(ExchangeRecord r, string sourceName, DateTimeOffset now, NoteWriter note)
    {
        if (string.IsNullOrWhiteSpace(r.ProvenanceJson))
        {
            note(ExchangeNoteKind.ProvenanceAdded, null, sourceName);
            return new AreaProvenance("imported", "source", "none", null, null, [], [], [], 0, 0, true,
                now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), [])
            { Findings = [new ProvenanceFinding(ProvenanceFindingCodes.ImportedWithoutProvenance, [sourceName])] };
        }
        AreaProvenance? provenance;
        try
        {
            provenance = JsonSerializer.Deserialize<AreaProvenance>(r.ProvenanceJson, RegistryJson.Compact);
        }
        catch (JsonException e)
        {
            note(ExchangeNoteKind.Rejected, ExchangeRejection.ProvenanceUnreadable, FieldOf(e));
            return null;
        }
        if (provenance is null) note(ExchangeNoteKind.Rejected, ExchangeRejection.ProvenanceUnreadable, "");
        return provenance;
    }

    /// <summary>The field where the JSON reader stopped (<c>boundary.streets[0]</c>), or empty at the top of the record.</summary>
    private static string FieldOf(JsonException e) => (e.Path ?? "").TrimStart('$').TrimStart('.');

    /// <summary>The geometry as the store keeps it (SRID 4326, valid, RFC 7946 orientation), or null when rejected.</summary>
    internal static Geometry? Checked(Geometry g, NoteWriter note)
    {
        if (g is not (Polygon or MultiPolygon)) { note(ExchangeNoteKind.Rejected, ExchangeRejection.NotAPolygon, g.GeometryType); return null; }
        if (g.IsEmpty) { note(ExchangeNoteKind.Rejected, ExchangeRejection.EmptyGeometry); return null; }
        var env = g.EnvelopeInternal;
        if (env.MinX < -180 || env.MaxX > 180 || env.MinY < -90 || env.MaxY > 90)
        {
            note(ExchangeNoteKind.Rejected, ExchangeRejection.NotLonLat);
            return null;
        }
        var geometry = Geo.Factory.CreateGeometry(g);
        geometry.SRID = Geo.Wgs84;
        var validity = new IsValidOp(geometry);
        if (!validity.IsValid)
        {
            var error = validity.ValidationError;
            var fixedGeometry = GeometryFixer.Fix(geometry);
            if (fixedGeometry is not (Polygon or MultiPolygon) || fixedGeometry.IsEmpty || !fixedGeometry.IsValid)
            {
                note(ExchangeNoteKind.Rejected, ExchangeRejection.Unrepairable, Describe(error));
                return null;
            }
            note(ExchangeNoteKind.Repaired, null, Describe(error));
            geometry = fixedGeometry;
            geometry.SRID = Geo.Wgs84;
        }
        return Oriented(geometry);
    }

    /// <summary>Writes a note on the record at hand: what was done, why it was rejected (or null), the facts.</summary>
    internal delegate void NoteWriter(ExchangeNoteKind kind, ExchangeRejection? why, params string[] facts);

    /// <summary>
    /// What the validator found and where, the facts of a repair or of an <see cref="ExchangeRejection.Unrepairable"/> record
    /// and of <see cref="Core.Problems.InputProblem.AreaInvalidPolygon"/>: the error's type (a name of
    /// <see cref="TopologyValidationErrors"/>), the latitude and longitude (or two empty strings).
    /// </summary>
    internal static string[] Describe(TopologyValidationError e) => e.Coordinate is { } c
        ? [e.ErrorType.ToString(), c.Y.ToString("0.#######", CultureInfo.InvariantCulture), c.X.ToString("0.#######", CultureInfo.InvariantCulture)]
        : [e.ErrorType.ToString(), "", ""];

    private static Geometry Oriented(Geometry g)
    {
        Polygon Orient(Polygon p)
        {
            var shell = Orientation.IsCCW(p.Shell.CoordinateSequence) ? p.Shell : (LinearRing)p.Shell.Reverse();
            var holes = p.Holes.Select(h => Orientation.IsCCW(h.CoordinateSequence) ? (LinearRing)h.Reverse() : h).ToArray();
            return Geo.Factory.CreatePolygon(shell, holes);
        }
        Geometry result = g is MultiPolygon mp
            ? Geo.Factory.CreateMultiPolygon([.. mp.Geometries.Cast<Polygon>().Select(Orient)])
            : Orient((Polygon)g);
        result.SRID = Geo.Wgs84;
        return result;
    }
}
