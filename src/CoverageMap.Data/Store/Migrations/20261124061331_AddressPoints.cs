using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoverageMap.Data.Store.Migrations
{
    /// <inheritdoc />
    public partial class AddressPoints : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "address_points",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StreetId = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    StreetName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    StreetKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HouseNumberText = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    HouseNumberKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Letter = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Second = table.Column<int>(type: "INTEGER", nullable: true),
                    SecondLetter = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_address_points", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_address_points_street_id",
                table: "address_points",
                columns: new[] { "StreetId", "HouseNumberKey" });

            migrationBuilder.CreateIndex(
                name: "ix_address_points_street_key",
                table: "address_points",
                columns: new[] { "StreetKey", "HouseNumberKey" });

            migrationBuilder.CreateIndex(
                name: "ux_address_points_source",
                table: "address_points",
                columns: new[] { "Source", "SourceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "address_points");
        }
    }
}
