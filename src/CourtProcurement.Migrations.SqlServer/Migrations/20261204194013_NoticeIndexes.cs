using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CourtProcurement.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class NoticeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ServiceNeeds_CourtId_PublishedAt",
                table: "ServiceNeeds",
                columns: new[] { "CourtId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNeeds_PublishedAt",
                table: "ServiceNeeds",
                column: "PublishedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceNeeds_CourtId_PublishedAt",
                table: "ServiceNeeds");

            migrationBuilder.DropIndex(
                name: "IX_ServiceNeeds_PublishedAt",
                table: "ServiceNeeds");
        }
    }
}
