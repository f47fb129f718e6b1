namespace CoverageMap.Data.Store;

/// <summary>
/// Where a dataset version came from (<see cref="DatasetVersionRow.Origin"/>): what decides whether the server's
/// start-up seeding may activate a newer geodata version, instead of a prefix of the human label. Constants.
/// </summary>
public static class DatasetOrigins
{
    /// <summary>Imported by the server at start from its geodata folder (<see cref="GeodataSeeder"/>).</summary>
    public const string Seed = "seed";

    /// <summary>Imported by an operator (<c>coveragemap import --apply</c>) or any other caller.</summary>
    public const string Import = "import";

    /// <summary>Saved as a draft from the editor (<see cref="AuditedChanges.SaveDraftAsync"/>); never replaced by seeding.</summary>
    public const string Editor = "editor";
}
