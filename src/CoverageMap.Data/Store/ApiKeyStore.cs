using System.Security.Cryptography;
using System.Text;
using CoverageMap.Core.Problems;
using Microsoft.EntityFrameworkCore;

namespace CoverageMap.Data.Store;

/// <summary>
/// API keys in the store. A token is <c>cmk_</c> and 32 random bytes (base64url): only its SHA-256 is kept, so the
/// store cannot give a token back; <see cref="CreateAsync"/> returns it once. Creating and revoking a key are audited
/// (actor <c>cli</c>) in the same transaction. Thread-safe: every call opens its own context.
/// </summary>
public sealed class ApiKeyStore(DbContextOptions<CoverageMapDbContext> options, TimeProvider? clock = null)
{
    /// <summary>The token's prefix, which says what it is in a log or a leaked paste.</summary>
    public const string TokenPrefix = "cmk_";

    /// <summary>The longest key name.</summary>
    public const int MaxNameLength = 200;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>Creates a key and returns it with its token.</summary>
    /// <exception cref="InputProblemException">The name or the scopes cannot be a key's (see <see cref="Check"/>).</exception>
    public async Task<IssuedApiKey> CreateAsync(string name, IReadOnlyCollection<string> scopes, CancellationToken ct = default)
    {
        name = (name ?? "").Trim();
        Check(name, scopes);

        var token = TokenPrefix + Base64Url(RandomNumberGenerator.GetBytes(32));
        var row = new ApiKeyRow
        {
            Name = name,
            Scopes = string.Join(',', ApiKeyScopes.All.Where(scopes.Contains)),
            TokenHash = Hash(token),
            TokenPrefix = token[..(TokenPrefix.Length + 6)],
            CreatedAt = _clock.GetUtcNow(),
        };
        await using var db = new CoverageMapDbContext(options);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(ct);
        db.AuditLog.Add(new AuditEntryRow { At = row.CreatedAt, Actor = "cli", ApiKeyId = row.Id, Action = AuditActions.KeyCreated, Reason = $"{row.Name} ({row.Scopes})" });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new IssuedApiKey(ToInfo(row), token);
    }

    /// <summary>
    /// Checks a new key's name and scopes before anything is opened: the name (trimmed) has 1 to
    /// <see cref="MaxNameLength"/> characters, and the scopes are some of <see cref="ApiKeyScopes.All"/>, at least one.
    /// </summary>
    /// <exception cref="InputProblemException"><see cref="InputProblem.KeyNameLength"/>, <see cref="InputProblem.KeyScopesNone"/>
    /// or <see cref="InputProblem.KeyScopesUnknown"/>.</exception>
    public static void Check(string? name, IReadOnlyCollection<string> scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var length = (name ?? "").Trim().Length;
        if (length is 0 or > MaxNameLength) throw new InputProblemException(InputProblem.KeyNameLength, MaxNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var known = string.Join(", ", ApiKeyScopes.All);
        var unknown = scopes.Except(ApiKeyScopes.All, StringComparer.Ordinal).ToList();
        if (unknown.Count > 0) throw new InputProblemException(InputProblem.KeyScopesUnknown, known, string.Join(", ", unknown));
        if (scopes.Count == 0) throw new InputProblemException(InputProblem.KeyScopesNone, known);
    }

    /// <summary>Every key, newest first, revoked ones too.</summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken ct = default)
    {
        await using var db = new CoverageMapDbContext(options);
        var rows = await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.Id).ToListAsync(ct);
        return rows.Select(ToInfo).ToList();
    }

    /// <summary>Revokes the key with this id; false when there is none or it was revoked already.</summary>
    public async Task<bool> RevokeAsync(long id, CancellationToken ct = default)
    {
        await using var db = new CoverageMapDbContext(options);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var row = await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (row is null || row.RevokedAt is not null) return false;
        row.RevokedAt = _clock.GetUtcNow();
        db.AuditLog.Add(new AuditEntryRow { At = row.RevokedAt.Value, Actor = "cli", ApiKeyId = row.Id, Action = AuditActions.KeyRevoked, Reason = row.Name });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>The valid (not revoked) key whose token this is, or null. A malformed token is simply not found.</summary>
    public async Task<ApiKeyInfo?> VerifyAsync(string token, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 200 || !token.StartsWith(TokenPrefix, StringComparison.Ordinal)) return null;
        var hash = Hash(token);
        await using var db = new CoverageMapDbContext(options);
        var row = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.TokenHash == hash && k.RevokedAt == null, ct);
        return row is null ? null : ToInfo(row);
    }

    /// <summary>Lower-case hex SHA-256 of the token's UTF-8 bytes.</summary>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static ApiKeyInfo ToInfo(ApiKeyRow r) =>
        new(r.Id, r.Name, r.Scopes.Split(',', StringSplitOptions.RemoveEmptyEntries), r.TokenPrefix, r.CreatedAt, r.RevokedAt);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
