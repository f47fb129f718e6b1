using CoverageMap.Core.Areas;
using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Data.Store;

/// <summary>
/// The changes the editor makes, each with its audit entry (who: the key's name; when; why). A draft is written as
/// an inactive version through <see cref="DatasetStore.ImportAsync"/> (one transaction) and then audited; an
/// activation switches the active version and writes its audit entry in one transaction, so no activation goes
/// unrecorded. Thread-safe: every call opens its own context.
/// </summary>
public sealed class AuditedChanges(DatasetStore store, DbContextOptions<CoverageMapDbContext> options, TimeProvider? clock = null)
{
    /// <summary>The longest reason kept.</summary>
    public const int MaxReasonLength = 2000;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Saves <paramref name="dataset"/> as a draft (inactive) version; an identical existing version is reported instead.</summary>
    public async Task<ImportReport> SaveDraftAsync(Dataset dataset, string label, ApiKeyInfo key, string? partnershipId, string reason, CancellationToken ct = default)
    {
        var report = await store.ImportAsync(dataset, label, dryRun: false, ct, DatasetOrigins.Editor);
        await using var db = new CoverageMapDbContext(options);
        db.AuditLog.Add(new AuditEntryRow
        {
            At = _clock.GetUtcNow(), Actor = key.Name, ApiKeyId = key.Id, Action = AuditActions.DraftSaved,
            VersionId = report.VersionId, PartnershipId = partnershipId, Reason = Clip(reason),
        });
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>
    /// Stores <paramref name="dataset"/>, read from an exchange file, as a draft (inactive) version with
    /// <see cref="DatasetOrigins.Import"/>, and records who imported it and why (<see cref="AuditActions.Imported"/>);
    /// an identical existing version is reported instead and nothing is recorded.
    /// </summary>
    public async Task<ImportReport> ImportDraftAsync(Dataset dataset, string label, string actor, string reason, CancellationToken ct = default)
    {
        var report = await store.ImportAsync(dataset, label, dryRun: false, ct, DatasetOrigins.Import);
        if (report.Unchanged) return report;
        await using var db = new CoverageMapDbContext(options);
        db.AuditLog.Add(new AuditEntryRow { At = _clock.GetUtcNow(), Actor = actor, Action = AuditActions.Imported, VersionId = report.VersionId, Reason = Clip(reason) });
        await db.SaveChangesAsync(ct);
        return report;
    }

    /// <summary>
    /// Makes <paramref name="versionId"/> the active version and records it, in one transaction: <see cref="AuditActions.RolledBack"/>
    /// when it is older than the version active before, else <see cref="AuditActions.Activated"/>. Returns the previous active version.
    /// </summary>
    /// <exception cref="Core.Problems.InputProblemException"><see cref="Core.Problems.InputProblem.NoSuchVersion"/>: no such version.</exception>
    public async Task<long?> ActivateAsync(long versionId, ApiKeyInfo key, string reason, CancellationToken ct = default)
    {
        await using var db = new CoverageMapDbContext(options);
        await using var tx = await StoreWriteLock.BeginAsync(db, ct);   // as every activation: not interleaved with a seeding instance's
        var target = await db.Versions.FirstOrDefaultAsync(v => v.Id == versionId, ct)
            ?? throw DatasetStore.NoSuchVersion(versionId);
        var previous = await db.Versions.Where(v => v.IsActive).Select(v => (long?)v.Id).FirstOrDefaultAsync(ct);
        var now = _clock.GetUtcNow();
        if (previous != versionId)
        {
            await db.Versions.Where(v => v.Id == previous).ExecuteUpdateAsync(s => s.SetProperty(v => v.IsActive, false), ct);
            target.IsActive = true;
            target.ActivatedAt = now;
        }
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, Actor = key.Name, ApiKeyId = key.Id, Action = previous > versionId ? AuditActions.RolledBack : AuditActions.Activated,
            VersionId = versionId, PreviousVersionId = previous, Reason = Clip(reason),
        });
        await db.SaveChangesAsync(ct);
        if (previous != versionId) await StoreNotifications.NotifyAsync(db, StoreNotifications.Dataset, ct);
        await tx.CommitAsync(ct);
        return previous;
    }

    /// <summary>The newest entries first; at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(int limit = 200, CancellationToken ct = default)
    {
        await using var db = new CoverageMapDbContext(options);
        var rows = await db.AuditLog.AsNoTracking().OrderByDescending(a => a.Id).Take(limit).ToListAsync(ct);
        return rows.Select(a => new AuditEntry(a.Id, a.At, a.Actor, a.Action, a.VersionId, a.PreviousVersionId, a.PartnershipId, a.Reason)).ToList();
    }

    private static string Clip(string reason) => reason.Length > MaxReasonLength ? reason[..MaxReasonLength] : reason;
}
