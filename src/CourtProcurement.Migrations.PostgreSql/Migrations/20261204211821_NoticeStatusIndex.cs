using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CourtProcurement.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class NoticeStatusIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_ServiceNeeds_Status_PublishedAt",
                table: "ServiceNeeds",
                columns: new[] { "Status", "PublishedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ServiceNeeds_Status_PublishedAt",
                table: "ServiceNeeds");
        }
    }
}
