namespace CoverageMap.Data.Store;

/// <summary>An API key: who holds it, what it may do, and the SHA-256 of its token (the token itself is never stored).
/// EF entity, never serialised.</summary>
public sealed class ApiKeyRow
{
    /// <summary>Monotonic id.</summary>
    public long Id { get; set; }

    /// <summary>Who holds the key (a person or a desk: „Anna Kowalska, OPS Żoliborz”); recorded in the audit log.</summary>
    public string Name { get; set; } = "";

    /// <summary>The scopes, comma-separated (<see cref="ApiKeyScopes"/>).</summary>
    public string Scopes { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the token (unique).</summary>
    public string TokenHash { get; set; } = "";

    /// <summary>The token's first characters, to tell keys apart in a listing (not enough to use it).</summary>
    public string TokenPrefix { get; set; } = "";

    /// <summary>When the key was created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the key was revoked (UTC); null while it is valid.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
