namespace CoverageMap.Tests.Shared;

/// <summary>
/// Locates the read-only <c>shared/</c> folder that sits beside the repository (<c>../shared</c>), and the
/// repository root. Walks up from the test assembly's folder; <c>COVERAGEMAP_SHARED</c> overrides.
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string> SharedRoot = new(FindShared);
    private static readonly Lazy<string> RepoRootDir = new(FindRepoRoot);

    /// <summary>Absolute path of <c>shared/</c>.</summary>
    public static string Root => SharedRoot.Value;

    /// <summary>Absolute path of the repository root (the folder holding <c>CoverageMap.sln</c>).</summary>
    public static string RepoRoot => RepoRootDir.Value;

    /// <summary>Path below <c>shared/</c>.</summary>
    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>Path below the repository root.</summary>
    public static string RepoPath(params string[] parts) => System.IO.Path.Combine([RepoRoot, .. parts]);

    private static string FindShared()
    {
        var env = Environment.GetEnvironmentVariable("COVERAGEMAP_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return System.IO.Path.GetFullPath(env);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "shared");
            if (File.Exists(System.IO.Path.Combine(candidate, "geodata", "README.md"))) return candidate;
        }
        throw new DirectoryNotFoundException("shared/ (with geodata/README.md) not found above " + AppContext.BaseDirectory + "; set COVERAGEMAP_SHARED.");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CoverageMap.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CoverageMap.sln not found above " + AppContext.BaseDirectory);
    }
}
