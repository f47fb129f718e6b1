namespace CoverageMap.Core.Review;

/// <summary>What changes from one dataset version to another. Immutable.</summary>
/// <param name="FromVersion">The earlier (or currently active) version.</param>
/// <param name="ToVersion">The version compared with it.</param>
/// <param name="Areas">Every partnership of either version, by id.</param>
/// <param name="AddressesCompared">How many distinct addresses of the gazetteer were compared.</param>
/// <param name="AddressesMoved">How many of them change partnership.</param>
/// <param name="Moves">The addresses that change partnership, by street and number, at most the limit asked for.</param>
/// <param name="MovesByChange">Counts per change, e.g. <c>marymont-kaskada → (none)</c>: key „before→after”, ids joined by „+”, „” for none.</param>
public sealed record VersionComparison(
    long FromVersion,
    long ToVersion,
    IReadOnlyList<AreaChange> Areas,
    int AddressesCompared,
    int AddressesMoved,
    IReadOnlyList<AddressMove> Moves,
    IReadOnlyDictionary<string, int> MovesByChange);
