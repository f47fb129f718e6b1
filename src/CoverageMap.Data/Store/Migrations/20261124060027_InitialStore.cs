using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoverageMap.Data.Store.Migrations
{
    /// <inheritdoc />
    public partial class InitialStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dataset_versions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ActivatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dataset_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "areas",
                columns: table => new
                {
                    VersionId = table.Column<long>(type: "INTEGER", nullable: false),
                    PartnershipId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GeometryWkb = table.Column<byte[]>(type: "BLOB", nullable: false),
                    ProvenanceJson = table.Column<string>(type: "TEXT", nullable: false),
                    MinLon = table.Column<double>(type: "REAL", nullable: false),
                    MinLat = table.Column<double>(type: "REAL", nullable: false),
                    MaxLon = table.Column<double>(type: "REAL", nullable: false),
                    MaxLat = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_areas", x => new { x.VersionId, x.PartnershipId });
                    table.ForeignKey(
                        name: "FK_areas_dataset_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "dataset_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "partnerships",
                columns: table => new
                {
                    VersionId = table.Column<long>(type: "INTEGER", nullable: false),
                    PartnershipId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partnerships", x => new { x.VersionId, x.PartnershipId });
                    table.ForeignKey(
                        name: "FK_partnerships_dataset_versions_VersionId",
                        column: x => x.VersionId,
                        principalTable: "dataset_versions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_dataset_versions_one_active",
                table: "dataset_versions",
                column: "IsActive",
                unique: true,
                filter: "\"IsActive\" = 1");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "areas");

            migrationBuilder.DropTable(
                name: "partnerships");

            migrationBuilder.DropTable(
                name: "dataset_versions");
        }
    }
}
