using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoverageMap.Data.Store.Migrations
{
    /// <inheritdoc />
    public partial class DatasetOrigin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Origin",
                table: "dataset_versions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "import");

            // The origin was a label prefix ("geodata: /srv/…"); labels held machine paths, which /healthz showed.
            migrationBuilder.Sql("UPDATE dataset_versions SET Origin = 'seed', Label = 'geodata' WHERE Label LIKE 'geodata:%';");
            migrationBuilder.Sql("UPDATE dataset_versions SET Label = 'import' WHERE Label LIKE 'import /%';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Origin",
                table: "dataset_versions");
        }
    }
}
