namespace CoverageMap.Data.Store;

/// <summary>What a key may do. Constants.</summary>
public static class ApiKeyScopes
{
    /// <summary>Build areas in the editor and save drafts.</summary>
    public const string Edit = "edit";

    /// <summary>Activate a version (and so roll back to an earlier one).</summary>
    public const string Activate = "activate";

    /// <summary>Every scope there is.</summary>
    public static IReadOnlyList<string> All { get; } = [Edit, Activate];
}
