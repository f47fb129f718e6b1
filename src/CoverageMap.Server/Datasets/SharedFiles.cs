namespace CoverageMap.Server.Datasets;

/// <summary>Finds reference files of the read-only <c>shared/</c> folder that sits beside a checkout.</summary>
internal static class SharedFiles
{
    /// <summary>
    /// <paramref name="configured"/> (relative to the content root) when given; else the first
    /// <c>shared/<paramref name="relative"/></c> found walking up from the content root and the app's folder; else null.
    /// </summary>
    public static string? Locate(string? configured, string relative, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured, contentRoot);
        foreach (var start in new[] { contentRoot, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", relative);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }
}
