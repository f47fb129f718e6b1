namespace CoverageMap.Data.Store;

/// <summary>What <see cref="AddressPointStore.UpsertAsync"/> did or would do. Immutable.</summary>
/// <param name="Added">New points.</param>
/// <param name="Changed">Stored points whose content differs.</param>
/// <param name="Unchanged">Stored points with identical content.</param>
/// <param name="ChangedExamples">The first changes, as <c>id: field old → new</c>.</param>
/// <param name="NotInInput">Points of the source in the store that the input lacks (kept).</param>
public sealed record AddressUpsertResult(int Added, int Changed, int Unchanged, IReadOnlyList<string> ChangedExamples, int NotInInput);
