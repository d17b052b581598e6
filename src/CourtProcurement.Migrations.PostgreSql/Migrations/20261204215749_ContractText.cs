using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CourtProcurement.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ContractText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "TextAttachedAt",
                table: "Contracts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextContentType",
                table: "Contracts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextFileKey",
                table: "Contracts",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TextFileName",
                table: "Contracts",
                type: "character varying(200)",
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
