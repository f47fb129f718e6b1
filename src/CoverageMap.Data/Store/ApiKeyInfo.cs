namespace CoverageMap.Data.Store;

/// <summary>A key as listed or verified: never its token. Immutable.</summary>
/// <param name="Id">The key's id.</param>
/// <param name="Name">Who holds it.</param>
/// <param name="Scopes">What it may do.</param>
/// <param name="TokenPrefix">The token's first characters.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="RevokedAt">When it was revoked, or null.</param>
public sealed record ApiKeyInfo(long Id, string Name, IReadOnlyList<string> Scopes, string TokenPrefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    /// <summary>True when the key has the scope.</summary>
    public bool Has(string scope) => Scopes.Contains(scope, StringComparer.Ordinal);
}
