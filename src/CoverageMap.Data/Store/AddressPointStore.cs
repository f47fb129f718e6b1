using CoverageMap.Core.Addresses;
using CoverageMap.Core.Streets;
using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Data.Store;

/// <summary>
/// The gazetteer's address points in the store: idempotent upsert by (source, source id) and loading into an
/// <see cref="AddressGazetteer"/>. Thread-safe: every call opens its own <see cref="CoverageMapDbContext"/>.
/// </summary>
public sealed class AddressPointStore(DbContextOptions<CoverageMapDbContext> options, TimeProvider? clock = null)
{
    private const int BatchSize = 2000;
    private const double SameDegrees = 2e-7; // about 2 cm: OSM stores 1e-7°, and PBF writers truncate rather than round
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>
    /// Compares <paramref name="points"/> (all of one <paramref name="source"/>, ids unique) with the store and, unless
    /// <paramref name="dryRun"/>, writes the new and changed ones in one transaction under the store's write lock
    /// (<see cref="StoreWriteLock"/>: instances seeding the same points together write them once, the later ones find
    /// them unchanged). Points the store has but the input lacks are counted, never deleted.
    /// </summary>
    public async Task<AddressUpsertResult> UpsertAsync(string source, IEnumerable<AddressPoint> points, bool dryRun, int maxExamples = 50, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(points);
        await using var db = new CoverageMapDbContext(options);
        await using var tx = dryRun ? null : await StoreWriteLock.BeginAsync(db, ct);
        int added = 0, changed = 0, unchanged = 0;
        var examples = new List<string>();
        var now = _clock.GetUtcNow();
        foreach (var batch in points.Chunk(BatchSize))
        {
            var ids = batch.Select(p => p.SourceId).ToList();
            var existing = await db.AddressPoints.Where(a => a.Source == source && ids.Contains(a.SourceId)).ToDictionaryAsync(a => a.SourceId, StringComparer.Ordinal, ct);
            foreach (var p in batch)
            {
                if (!existing.TryGetValue(p.SourceId, out var row))
                {
                    added++;
                    if (!dryRun) db.AddressPoints.Add(ToRow(p, now));
                    continue;
                }
                var diff = Differences(row, p);
                if (diff.Count == 0) { unchanged++; continue; }
                changed++;
                if (examples.Count < maxExamples) examples.Add($"{p.SourceId}: {string.Join("; ", diff)}");
                if (!dryRun) Apply(row, p, now);
            }
            if (!dryRun) await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        var stored = await db.AddressPoints.CountAsync(a => a.Source == source, ct);
        var notInFile = stored - (dryRun ? 0 : added) - changed - unchanged;
        if (tx is not null)
        {
            if (added + changed > 0) await StoreNotifications.NotifyAsync(db, StoreNotifications.Gazetteer, ct);
            await tx.CommitAsync(ct);
        }
        return new AddressUpsertResult(added, changed, unchanged, examples, notInFile);
    }

    /// <summary>Loads every stored point into a new gazetteer.</summary>
    public async Task<AddressGazetteer> LoadGazetteerAsync(CancellationToken ct = default)
    {
        await using var db = new CoverageMapDbContext(options);
        var rows = await db.AddressPoints.AsNoTracking().ToListAsync(ct);
        return new AddressGazetteer(rows.Select(ToPoint));
    }

    /// <summary>
    /// A cheap fingerprint of the stored points (count, highest id, latest update) that changes whenever an import
    /// adds or changes one: for a server polling for new imports. Empty text when the table does not exist yet.
    /// </summary>
    public async Task<string> GetStampAsync(CancellationToken ct = default)
    {
        await using var db = new CoverageMapDbContext(options);
        var conn = db.Database.GetDbConnection();
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        // Plain SQL both providers read alike (COALESCE, quoted names, text concatenation).
        cmd.CommandText = "SELECT COUNT(*) || '|' || COALESCE(MAX(\"Id\"), 0) || '|' || COALESCE(CAST(MAX(\"UpdatedAt\") AS TEXT), '') FROM address_points";
        try
        {
            return (await cmd.ExecuteScalarAsync(ct))?.ToString() ?? "";
        }
        catch (System.Data.Common.DbException)
        {
            return "";   // not migrated yet
        }
    }

    /// <summary>How many points the store holds, per source.</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(CancellationToken ct = default)
    {
        await using var db = new CoverageMapDbContext(options);
        var counts = await db.AddressPoints.GroupBy(a => a.Source).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return counts.ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal);
    }

    private static AddressPoint ToPoint(AddressPointRow r) => new(
        r.StreetId, r.StreetName, r.StreetKey, r.HouseNumberText, new HouseNumber(r.Number, r.Letter, r.Second, r.SecondLetter, r.HouseNumberText), r.Postcode,
        r.Latitude, r.Longitude, r.Source, r.SourceId)
    {
        Layer = r.Layer,
        SourceDate = r.SourceDate,
    };

    private static AddressPointRow ToRow(AddressPoint p, DateTimeOffset now)
    {
        var row = new AddressPointRow { Source = p.Source, SourceId = p.SourceId, ImportedAt = now };
        Apply(row, p, now);
        return row;
    }

    private static void Apply(AddressPointRow row, AddressPoint p, DateTimeOffset now)
    {
        row.StreetId = p.StreetId;
        row.StreetName = p.StreetName;
        row.StreetKey = p.StreetKey;
        row.HouseNumberText = p.HouseNumberText;
        row.HouseNumberKey = p.HouseNumberKey;
        row.Number = p.HouseNumber.Number;
        row.Letter = p.HouseNumber.Letter;
        row.Second = p.HouseNumber.Second;
        row.SecondLetter = p.HouseNumber.SecondLetter;
        row.Postcode = p.Postcode;
        row.Latitude = p.Latitude;
        row.Longitude = p.Longitude;
        row.Layer = p.Layer;
        row.SourceDate = p.SourceDate;
        row.UpdatedAt = now;
    }

    private static List<string> Differences(AddressPointRow row, AddressPoint p)
    {
        var d = new List<string>();
        void Cmp(string field, string? a, string? b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal)) d.Add($"{field} '{a}' → '{b}'");
        }
        Cmp("streetId", row.StreetId, p.StreetId);
        Cmp("street", row.StreetName, p.StreetName);
        Cmp("streetKey", row.StreetKey, p.StreetKey);
        Cmp("houseNumber", row.HouseNumberText, p.HouseNumberText);
        Cmp("houseNumberKey", row.HouseNumberKey, p.HouseNumberKey);
        Cmp("postcode", row.Postcode, p.Postcode);
        Cmp("layer", row.Layer, p.Layer);
        Cmp("sourceDate", row.SourceDate, p.SourceDate);
        if (Math.Abs(row.Latitude - p.Latitude) > SameDegrees || Math.Abs(row.Longitude - p.Longitude) > SameDegrees)
            d.Add(FormattableString.Invariant($"position {row.Latitude:F7},{row.Longitude:F7} → {p.Latitude:F7},{p.Longitude:F7}"));
        return d;
    }
}
