namespace CoverageMap.Server.Features.Editor;

/// <summary>Endpoint metadata: the endpoint needs a valid API key, with <see cref="Scope"/> when one is named.
/// Read by <see cref="ApiKeyMiddleware"/>. Immutable.</summary>
/// <param name="Scope">The scope the key must have (<c>edit</c>, <c>activate</c>), or null for any valid key.</param>
internal sealed record RequiresApiKey(string? Scope);
