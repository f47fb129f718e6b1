namespace CoverageMap.Data.Store;

/// <summary>A dataset version as listed by the store. Immutable.</summary>
public sealed record DatasetVersionInfo(long Id, string Label, string ContentHash, DateTimeOffset CreatedAt, DateTimeOffset? ActivatedAt, bool IsActive, int Partnerships, int Areas, string Origin);
