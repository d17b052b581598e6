using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CourtProcurement.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class FinalOffers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "FinalOfferDeadline",
                table: "ServiceNeeds",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FinalOfferRounds",
                table: "ServiceNeeds",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "FinalOfferRound",
                table: "Bids",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SealedFinalOffer",
                table: "Bids",
                type: "TEXT",
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
