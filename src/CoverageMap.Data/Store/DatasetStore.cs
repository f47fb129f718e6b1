using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Registry;
using CoverageMap.Data.Registry;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.IO;

namespace CoverageMap.Data.Store;

/// <summary>
/// Dataset versions in the store (MapIt's "generations"). An import writes a complete new version in one
/// transaction and leaves it inactive; <see cref="ActivateAsync"/> switches the active version in one transaction
/// and keeps the previous one, so a process that dies mid-write leaves the store as it was. The database itself
/// allows at most one active version (a partial unique index), on SQLite and on PostgreSQL alike. An area of one part
/// is stored as a Polygon (a MultiPolygon of one part becomes that Polygon), so every provider returns the same shape.
/// Thread-safe: every call opens its own <see cref="CoverageMapDbContext"/>.
/// </summary>
public sealed class DatasetStore(DbContextOptions<CoverageMapDbContext> options, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Creates the database if needed and applies pending migrations, one process at a time (<see cref="StoreWriteLock.MigrateAsync"/>).</summary>
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = NewContext();
        await StoreWriteLock.MigrateAsync(db, ct);
        if (db.Database.IsSqlite())
        {
            // WAL: readers never block the writer, and a crash mid-transaction rolls back on next open.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
    }

    /// <summary>
    /// Imports a dataset as a new inactive version. Idempotent: content identical to an existing version writes
    /// nothing and reports that version. With <paramref name="dryRun"/> nothing is written. When the identical version is
    /// the active one, the comparison is trivial and the active version's rows are not read. Check and write happen in
    /// one transaction under the store's write lock (<see cref="StoreWriteLock"/>), so imports of the same content
    /// running together, in any processes, store it once; the database refuses a second version of one content
    /// (the unique index <c>ux_dataset_versions_content_hash</c>).
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="label">A human label; no machine paths (it is shown on <c>/healthz</c>).</param>
    /// <param name="dryRun">True to write nothing.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="origin">Where the version comes from (<see cref="DatasetOrigins"/>).</param>
    public async Task<ImportReport> ImportAsync(Dataset dataset, string label, bool dryRun, CancellationToken ct = default, string origin = DatasetOrigins.Import)
    {
        var (rows, hash) = Prepare(dataset);
        await using var db = NewContext();
        if (dryRun) return await ImportInAsync(db, rows, hash, label, origin, dryRun: true, ct);
        await using var tx = await StoreWriteLock.BeginAsync(db, ct);
        var report = await ImportInAsync(db, rows, hash, label, origin, dryRun: false, ct);
        await tx.CommitAsync(ct);
        return report;
    }

    /// <summary>
    /// Imports a dataset as <see cref="ImportAsync"/> does and, in the same transaction under the store's write lock,
    /// activates its version when it is not active yet and <paramref name="mayReplaceActive"/> allows replacing the
    /// active version (given that version's origin, or null when none is active). Instances seeding one empty
    /// database together therefore store one version and activate it once.
    /// </summary>
    /// <returns>The import's report, and whether this call activated the version.</returns>
    public async Task<(ImportReport Report, bool Activated)> ImportAndActivateAsync(
        Dataset dataset, string label, string origin, Func<string?, bool> mayReplaceActive, string actor, string reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(mayReplaceActive);
        var (rows, hash) = Prepare(dataset);
        await using var db = NewContext();
        await using var tx = await StoreWriteLock.BeginAsync(db, ct);
        var report = await ImportInAsync(db, rows, hash, label, origin, dryRun: false, ct);
        var active = await db.Versions.AsNoTracking().Where(v => v.IsActive).Select(v => new { v.Id, v.Origin }).FirstOrDefaultAsync(ct);
        var activate = report.VersionId is { } id && active?.Id != id && mayReplaceActive(active?.Origin);
        if (activate) await ActivateInAsync(db, report.VersionId!.Value, actor, reason, ct);
        await tx.CommitAsync(ct);
        return (report, activate);
    }

    private static ((List<PartnershipRow> Partnerships, List<AreaRow> Areas) Rows, string Hash) Prepare(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var unknown = dataset.Areas.Select(a => a.PartnershipId).Except(dataset.Partnerships.Select(p => p.Id)).ToList();
        if (unknown.Count > 0) throw new InvalidOperationException("Areas name partnerships the dataset lacks: " + string.Join(", ", unknown));
        var dupAreas = dataset.Areas.GroupBy(a => a.PartnershipId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (dupAreas.Count > 0) throw new InvalidOperationException("More than one area for: " + string.Join(", ", dupAreas));
        var rows = ToRows(dataset);
        return (rows, ContentHash(rows.Partnerships, rows.Areas));
    }

    /// <summary>The import's check and (unless <paramref name="dryRun"/>) write, in the caller's transaction.</summary>
    private async Task<ImportReport> ImportInAsync(CoverageMapDbContext db, (List<PartnershipRow> Partnerships, List<AreaRow> Areas) rows, string hash,
        string label, string origin, bool dryRun, CancellationToken ct)
    {
        var existing = await db.Versions.AsNoTracking().Where(v => v.ContentHash == hash).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
        if (existing is not null && existing == await db.Versions.AsNoTracking().Where(v => v.IsActive).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct))
            return new ImportReport(dryRun, existing, true, [], [], [], rows.Partnerships.Select(p => p.PartnershipId).ToList());
        var active = await db.Versions.AsNoTracking().Where(v => v.IsActive)
            .Include(v => v.Partnerships).Include(v => v.Areas).FirstOrDefaultAsync(ct);
        var (added, changed, removed, same) = Compare(active, rows.Partnerships, rows.Areas);

        if (existing is not null) return new ImportReport(dryRun, existing, true, added, changed, removed, same);
        if (dryRun) return new ImportReport(true, null, false, added, changed, removed, same);

        var version = new DatasetVersionRow
        {
            Label = label,
            Origin = origin,
            ContentHash = hash,
            CreatedAt = _clock.GetUtcNow(),
            IsActive = false,
            Partnerships = rows.Partnerships,
            Areas = rows.Areas,
        };
        db.Versions.Add(version);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new ImportReport(false, version.Id, false, added, changed, removed, same);
    }

    /// <summary>
    /// Makes <paramref name="versionId"/> the active version, atomically; the previous one is kept. The activation is
    /// recorded in the audit log in the same transaction (<paramref name="actor"/>: <c>cli</c> for the command,
    /// <c>seed</c> for the server's start-up seeding), so <see cref="ListActivationsAsync"/> knows every version's
    /// periods of service. On PostgreSQL every listening server hears of it when the transaction commits
    /// (<see cref="StoreNotifications"/>).
    /// </summary>
    /// <exception cref="InputProblemException"><see cref="InputProblem.NoSuchVersion"/>: no such version.</exception>
    public async Task ActivateAsync(long versionId, CancellationToken ct = default, string actor = "cli", string reason = "")
    {
        await using var db = NewContext();
        await using var tx = await StoreWriteLock.BeginAsync(db, ct);
        await ActivateInAsync(db, versionId, actor, reason, ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>The activation of <see cref="ActivateAsync"/>, in the caller's transaction.</summary>
    private async Task ActivateInAsync(CoverageMapDbContext db, long versionId, string actor, string reason, CancellationToken ct)
    {
        var target = await db.Versions.FirstOrDefaultAsync(v => v.Id == versionId, ct)
            ?? throw NoSuchVersion(versionId);
        var previous = await db.Versions.Where(v => v.IsActive).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
        await db.Versions.Where(v => v.IsActive && v.Id != versionId)
            .ExecuteUpdateAsync(s => s.SetProperty(v => v.IsActive, false), ct);
        var now = _clock.GetUtcNow();
        target.IsActive = true;
        target.ActivatedAt = now;
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, Actor = actor, Action = previous > versionId ? AuditActions.RolledBack : AuditActions.Activated,
            VersionId = versionId, PreviousVersionId = previous, Reason = reason,
        });
        await db.SaveChangesAsync(ct);
        await StoreNotifications.NotifyAsync(db, StoreNotifications.Dataset, ct);
    }

    /// <summary>
    /// Every activation in time order: the audit log's activations and rollbacks, and — for a version activated before
    /// activations were audited — its last activation time. Version <c>v</c> served from its activation until the next one.
    /// </summary>
    public async Task<IReadOnlyList<VersionActivation>> ListActivationsAsync(CancellationToken ct = default)
    {
        await using var db = NewContext();
        var audited = (await db.AuditLog.AsNoTracking()
                .Where(a => (a.Action == AuditActions.Activated || a.Action == AuditActions.RolledBack) && a.VersionId != null)
                .ToListAsync(ct))
            .Select(a => new VersionActivation(a.VersionId!.Value, a.At, a.Actor, a.Reason, a.PreviousVersionId, a.Id))
            .ToList();
        var versions = await db.Versions.AsNoTracking().Where(v => v.ActivatedAt != null)
            .Select(v => new { v.Id, v.ActivatedAt }).ToListAsync(ct);
        var unaudited = versions
            .Where(v => !audited.Any(a => a.VersionId == v.Id && (a.At - v.ActivatedAt!.Value).Duration() < TimeSpan.FromSeconds(2)))
            .Select(v => new VersionActivation(v.Id, v.ActivatedAt!.Value, null, null, null, null));
        // Ordered here: SQLite cannot order by a DateTimeOffset; the log's id breaks ties between entries of one instant.
        return [.. audited.Concat(unaudited).OrderBy(a => a.At).ThenBy(a => a.AuditId ?? 0)];
    }

    /// <summary>The active dataset, or null when no version is active.</summary>
    public async Task<Dataset?> LoadActiveAsync(CancellationToken ct = default)
    {
        await using var db = NewContext();
        var id = await db.Versions.AsNoTracking().Where(v => v.IsActive).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
        return id is null ? null : await LoadAsync(db, id.Value, ct);
    }

    /// <summary>The dataset of a version, or null when there is no such version.</summary>
    public async Task<Dataset?> LoadAsync(long versionId, CancellationToken ct = default)
    {
        await using var db = NewContext();
        return await LoadAsync(db, versionId, ct);
    }

    /// <summary>The id of the active version, or null; a cheap query for polling.</summary>
    public async Task<long?> GetActiveVersionIdAsync(CancellationToken ct = default)
    {
        await using var db = NewContext();
        return await db.Versions.AsNoTracking().Where(v => v.IsActive).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>All versions, newest first.</summary>
    public async Task<IReadOnlyList<DatasetVersionInfo>> ListVersionsAsync(CancellationToken ct = default)
    {
        await using var db = NewContext();
        var list = await db.Versions.AsNoTracking()
            .Select(v => new DatasetVersionInfo(v.Id, v.Label, v.ContentHash, v.CreatedAt, v.ActivatedAt, v.IsActive, v.Partnerships.Count, v.Areas.Count, v.Origin))
            .ToListAsync(ct);
        return list.OrderByDescending(v => v.Id).ToList();
    }

    private static async Task<Dataset?> LoadAsync(CoverageMapDbContext db, long versionId, CancellationToken ct)
    {
        var v = await db.Versions.AsNoTracking().Include(x => x.Partnerships).Include(x => x.Areas)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == versionId, ct);
        if (v is null) return null;
        var reader = new WKBReader(Geo.Factory.GeometryServices);
        var partnerships = v.Partnerships.OrderBy(p => p.PartnershipId, StringComparer.Ordinal)
            .Select(p => JsonSerializer.Deserialize<Partnership>(p.Json, RegistryJson.Compact)
                ?? throw new InputProblemException(InputProblem.StorePartnershipMissing, Number(versionId), p.PartnershipId))
            .ToList();
        var areas = v.Areas.OrderBy(a => a.PartnershipId, StringComparer.Ordinal).Select(a =>
        {
            var g = reader.Read(a.GeometryWkb);
            g.SRID = Geo.Wgs84;
            var prov = JsonSerializer.Deserialize<AreaProvenance>(a.ProvenanceJson, RegistryJson.Compact)
                ?? throw new InputProblemException(InputProblem.StoreProvenanceMissing, Number(versionId), a.PartnershipId);
            return new Area(a.PartnershipId, g, prov);
        }).ToList();
        return new Dataset(v.Id, v.Label, partnerships, areas) { Origin = v.Origin, ActivatedAt = v.ActivatedAt };
    }

    private static (List<PartnershipRow> Partnerships, List<AreaRow> Areas) ToRows(Dataset dataset)
    {
        var writer = StoreGeometry.Writer;
        var partnerships = dataset.Partnerships.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => new PartnershipRow
        {
            PartnershipId = p.Id,
            Name = p.Name,
            Json = JsonSerializer.Serialize(p, RegistryJson.Compact),
        }).ToList();
        var areas = dataset.Areas.OrderBy(a => a.PartnershipId, StringComparer.Ordinal).Select(a =>
        {
            if (a.Geometry.SRID != Geo.Wgs84) throw new InvalidOperationException($"Area {a.PartnershipId}: SRID {a.Geometry.SRID}, expected {Geo.Wgs84}.");
            if (!a.Geometry.IsValid) throw new InvalidOperationException($"Area {a.PartnershipId}: geometry is not valid.");
            var env = a.Geometry.EnvelopeInternal;
            return new AreaRow
            {
                PartnershipId = a.PartnershipId,
                GeometryWkb = writer.Write(StoreGeometry.Canonical(a.Geometry)),
                ProvenanceJson = JsonSerializer.Serialize(a.Provenance, RegistryJson.Compact),
                MinLon = env.MinX, MinLat = env.MinY, MaxLon = env.MaxX, MaxLat = env.MaxY,
            };
        }).ToList();
        return (partnerships, areas);
    }

    /// <summary>Hash of the content that matters; the build time in provenance is left out so a rebuild of the same areas is the same content.</summary>
    private static string ContentHash(List<PartnershipRow> partnerships, List<AreaRow> areas)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var p in partnerships) { sha.AppendData(Encoding.UTF8.GetBytes(p.PartnershipId + "\n" + p.Json + "\n")); }
        foreach (var a in areas)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(a.PartnershipId + "\n"));
            sha.AppendData(a.GeometryWkb);
            sha.AppendData(Encoding.UTF8.GetBytes(WithoutBuildTime(a.ProvenanceJson) + "\n"));
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static string WithoutBuildTime(string provenanceJson)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(provenanceJson)!.AsObject();
        node.Remove("builtAt");
        return node.ToJsonString();
    }

    private static (List<string>, List<string>, List<string>, List<string>) Compare(DatasetVersionRow? active, List<PartnershipRow> partnerships, List<AreaRow> areas)
    {
        var newKeys = Fingerprints(partnerships, areas);
        var oldKeys = active is null ? [] : Fingerprints(active.Partnerships, active.Areas);
        var added = newKeys.Keys.Except(oldKeys.Keys).Order(StringComparer.Ordinal).ToList();
        var removed = oldKeys.Keys.Except(newKeys.Keys).Order(StringComparer.Ordinal).ToList();
        var common = newKeys.Keys.Intersect(oldKeys.Keys).Order(StringComparer.Ordinal).ToList();
        return (added, common.Where(k => newKeys[k] != oldKeys[k]).ToList(), removed, common.Where(k => newKeys[k] == oldKeys[k]).ToList());
    }

    private static Dictionary<string, string> Fingerprints(IEnumerable<PartnershipRow> partnerships, IEnumerable<AreaRow> areas)
    {
        var areaById = areas.ToDictionary(a => a.PartnershipId, StringComparer.Ordinal);
        return partnerships.ToDictionary(p => p.PartnershipId, p =>
        {
            var area = areaById.GetValueOrDefault(p.PartnershipId);
            var areaPart = area is null ? "" : Convert.ToHexString(SHA256.HashData(area.GeometryWkb)) + WithoutBuildTime(area.ProvenanceJson);
            return p.Json + "|" + areaPart;
        }, StringComparer.Ordinal);
    }

    /// <summary>The problem of a version the store does not have (<see cref="InputProblem.NoSuchVersion"/>).</summary>
    public static InputProblemException NoSuchVersion(long versionId) => new(InputProblem.NoSuchVersion, Number(versionId));

    private static string Number(long versionId) => versionId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private CoverageMapDbContext NewContext() => new(options);
}
