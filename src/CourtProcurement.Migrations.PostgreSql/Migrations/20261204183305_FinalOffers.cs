using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CourtProcurement.Migrations.PostgreSql.Migrations
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
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FinalOfferRounds",
                table: "ServiceNeeds",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FinalOfferRound",
                table: "Bids",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SealedFinalOffer",
                table: "Bids",
                type: "text",
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
