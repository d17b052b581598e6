using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CourtProcurement.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ContractText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "TextAttachedAt",
                table: "Contracts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextContentType",
                table: "Contracts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextFileKey",
                table: "Contracts",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextFileName",
                table: "Contracts",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TextAttachedAt",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "TextContentType",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "TextFileKey",
                table: "Contracts");

            migrationBuilder.DropColumn(
                name: "TextFileName",
                table: "Contracts");
        }
    }
}
