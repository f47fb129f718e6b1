namespace CoverageMap.Data.Importers;

/// <summary>A source record the import did not take, and why: a code and its facts, no sentence. Immutable.</summary>
/// <param name="SourceId">The record's id in the source.</param>
/// <param name="Reason">Why (the key of <see cref="AddressImportReport.SkippedByReason"/>).</param>
/// <param name="Facts">The facts <paramref name="Reason"/> lists, in its order, as text.</param>
public sealed record SkippedAddress(string SourceId, AddressSkipReason Reason, IReadOnlyList<string> Facts);
