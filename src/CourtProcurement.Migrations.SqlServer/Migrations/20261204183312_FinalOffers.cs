using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CourtProcurement.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class FinalOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FinalOfferDeadline",
                table: "ServiceNeeds",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FinalOfferRounds",
                table: "ServiceNeeds",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FinalOfferRound",
                table: "Bids",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SealedFinalOffer",
                table: "Bids",
                type: "nvarchar(max)",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FinalOfferDeadline",
                table: "ServiceNeeds");

            migrationBuilder.DropColumn(
                name: "FinalOfferRounds",
                table: "ServiceNeeds");

            migrationBuilder.DropColumn(
                name: "FinalOfferRound",
                table: "Bids");

            migrationBuilder.DropColumn(
                name: "SealedFinalOffer",
                table: "Bids");
        }
    }
}
