namespace CoverageMap.Data.Store;

/// <summary>Plain SQL the migrations of both providers run alike (SQLite and PostgreSQL read it the same). Stateless.</summary>
public static class StoreMigrationSql
{
    /// <summary>
    /// Before <c>ux_dataset_versions_content_hash</c> (migration <c>UniqueContentHash</c>): a store seeded by two instances
    /// at once may hold two versions of one content. Both are kept (either may be active, the audit log names them);
    /// every one but the first gets a hash saying whose duplicate it is (<c>dup-&lt;id&gt;-&lt;first 40 hex digits&gt;</c>, at most
    /// 64 characters), so the unique index can be built and a later import of that content finds the first.
    /// </summary>
    public const string DeduplicateContentHashes =
        """
        UPDATE dataset_versions SET "ContentHash" = 'dup-' || "Id" || '-' || substr("ContentHash", 1, 40)
        WHERE EXISTS (SELECT 1 FROM dataset_versions AS earlier
                      WHERE earlier."ContentHash" = dataset_versions."ContentHash" AND earlier."Id" < dataset_versions."Id")
        """;
}
