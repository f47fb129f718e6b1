using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoverageMap.Data.Store.Migrations
{
    /// <inheritdoc />
    public partial class AddressPointProvenance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Layer",
                table: "address_points",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceDate",
                table: "address_points",
                type: "TEXT",
                maxLength: 30,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Layer",
                table: "address_points");

            migrationBuilder.DropColumn(
                name: "SourceDate",
                table: "address_points");
        }
    }
}
