using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoverageMap.Data.Store.Migrations
{
    /// <inheritdoc />
    public partial class UniqueContentHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Existing duplicates first (a store two instances seeded at once): see StoreMigrationSql.
            migrationBuilder.Sql(CoverageMap.Data.Store.StoreMigrationSql.DeduplicateContentHashes);

            migrationBuilder.CreateIndex(
                name: "ux_dataset_versions_content_hash",
                table: "dataset_versions",
                column: "ContentHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_dataset_versions_content_hash",
                table: "dataset_versions");
        }
    }
}
