namespace CoverageMap.Data.Store;

/// <summary>
/// What an import did, or with <see cref="DryRun"/> would do, compared with the active version. Immutable.
/// </summary>
/// <param name="DryRun">True when nothing was written.</param>
/// <param name="VersionId">The new (inactive) version, or the existing one with identical content; null on a dry run that would write.</param>
/// <param name="Unchanged">True when a version with identical content already exists (the import wrote nothing).</param>
/// <param name="Added">Partnership ids new against the active version.</param>
/// <param name="Changed">Partnership ids whose record or area differ from the active version.</param>
/// <param name="Removed">Partnership ids of the active version that the import lacks.</param>
/// <param name="Same">Partnership ids identical to the active version.</param>
public sealed record ImportReport(
    bool DryRun,
    long? VersionId,
    bool Unchanged,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Same);
