namespace CoverageMap.Data.Store;

/// <summary>A key just created, with its token: the only time the token exists outside its holder's hands. Immutable.</summary>
/// <param name="Key">The key.</param>
/// <param name="Token">The secret to send as <c>Authorization: Bearer …</c>.</param>
public sealed record IssuedApiKey(ApiKeyInfo Key, string Token);
