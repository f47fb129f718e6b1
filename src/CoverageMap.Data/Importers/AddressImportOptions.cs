namespace CoverageMap.Data.Importers;

/// <summary>Options of an address import. Immutable.</summary>
/// <param name="ExpectedBounds">Points outside this box are refused (default: Warsaw).</param>
/// <param name="AxisOrder">How to read <c>gml:pos</c> in PRG files.</param>
/// <param name="MaxSkippedListed">How many skipped records of each reason the report lists one by one (all are counted by reason).</param>
public sealed record AddressImportOptions(GeoBounds? ExpectedBounds = null, AxisOrder AxisOrder = AxisOrder.Auto, int MaxSkippedListed = 1000)
{
    /// <summary>The defaults.</summary>
    public static AddressImportOptions Default { get; } = new();

    /// <summary>The box in force.</summary>
    public GeoBounds Bounds => ExpectedBounds ?? GeoBounds.Warsaw;
}
