namespace CoverageMap.Data.Importers;

/// <summary>A source record the import did not take, and why. Immutable.</summary>
/// <param name="SourceId">The record's id in the source.</param>
/// <param name="Category">The kind of reason (the key of <see cref="AddressImportReport.SkippedByReason"/>).</param>
/// <param name="Reason">Why it was skipped, in full, for a person.</param>
public sealed record SkippedAddress(string SourceId, string Category, string Reason);
