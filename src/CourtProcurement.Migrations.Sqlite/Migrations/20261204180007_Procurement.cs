using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CourtProcurement.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Procurement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ServiceNeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourtId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CatalogueItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CatalogueItemVersionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    BudgetCeiling = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    UnitPriceCeiling = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    ServiceStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ServiceEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    EvaluationMethod = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PriceWeight = table.Column<int>(type: "INTEGER", nullable: false),
                    QualificationNotes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    BidDeadline = table.Column<long>(type: "INTEGER", nullable: false),
                    OpeningTime = table.Column<long>(type: "INTEGER", nullable: false),
                    DualOpeningConfirmation = table.Column<bool>(type: "INTEGER", nullable: false),
                    ProposalDocumentRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    SingleSourceJustification = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CommentPeriodEnds = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosingReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PredecessorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    AwardedBidId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AwardedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AwardReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ChallengeDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    IsSuspended = table.Column<bool>(type: "INTEGER", nullable: false),
                    SuspensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    InvitedOrganizationIds = table.Column<string>(type: "TEXT", nullable: false),
                    RequiredQualifications = table.Column<string>(type: "TEXT", nullable: false),
                    Criteria = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServiceNeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ServiceNeeds_CatalogueItemVersions_CatalogueItemVersionId",
                        column: x => x.CatalogueItemVersionId,
                        principalTable: "CatalogueItemVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ServiceNeeds_Courts_CourtId",
                        column: x => x.CourtId,
                        principalTable: "Courts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Amendments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeadlineBefore = table.Column<long>(type: "INTEGER", nullable: false),
                    DeadlineAfter = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Amendments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Amendments_ServiceNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "ServiceNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourtId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SealedOffer = table.Column<string>(type: "TEXT", nullable: true),
                    Price = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    Proposal = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DisqualificationReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    PriceScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    TechnicalScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    TotalScore = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bids_ServiceNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "ServiceNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Challenges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourtId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DocumentKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DocumentName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnswerDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Remedy = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ComplaintStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ComplaintReasons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ComplaintFiledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ComplaintDecision = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ComplaintDecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Challenges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Challenges_ServiceNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "ServiceNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Clarifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AskedByOrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Question = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clarifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clarifications_ServiceNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "ServiceNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OpeningConfirmations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OpeningConfirmations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OpeningConfirmations_ServiceNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "ServiceNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PanelMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    DeclaredNoConflictAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PanelMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PanelMembers_ServiceNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "ServiceNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ScoreSheets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourtId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Entries = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreSheets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreSheets_ServiceNeeds_NeedId",
                        column: x => x.NeedId,
                        principalTable: "ServiceNeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BidDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BidId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BidDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BidDocuments_Bids_BidId",
                        column: x => x.BidId,
                        principalTable: "Bids",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Amendments_NeedId",
                table: "Amendments",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_BidDocuments_BidId",
                table: "BidDocuments",
                column: "BidId");

            migrationBuilder.CreateIndex(
                name: "IX_Bids_NeedId_OrganizationId",
                table: "Bids",
                columns: new[] { "NeedId", "OrganizationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bids_OrganizationId",
                table: "Bids",
                column: "OrganizationId");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_ComplaintStatus",
                table: "Challenges",
                column: "ComplaintStatus");

            migrationBuilder.CreateIndex(
                name: "IX_Challenges_NeedId",
                table: "Challenges",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_Clarifications_NeedId",
                table: "Clarifications",
                column: "NeedId");

            migrationBuilder.CreateIndex(
                name: "IX_OpeningConfirmations_NeedId_UserId",
                table: "OpeningConfirmations",
                columns: new[] { "NeedId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PanelMembers_NeedId_UserId",
                table: "PanelMembers",
                columns: new[] { "NeedId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ScoreSheets_NeedId_MemberUserId",
                table: "ScoreSheets",
                columns: new[] { "NeedId", "MemberUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNeeds_CatalogueItemVersionId",
                table: "ServiceNeeds",
                column: "CatalogueItemVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNeeds_CourtId_Number",
                table: "ServiceNeeds",
                columns: new[] { "CourtId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ServiceNeeds_Status_BidDeadline",
                table: "ServiceNeeds",
                columns: new[] { "Status", "BidDeadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Amendments");

            migrationBuilder.DropTable(
                name: "BidDocuments");

            migrationBuilder.DropTable(
                name: "Challenges");

            migrationBuilder.DropTable(
                name: "Clarifications");

            migrationBuilder.DropTable(
                name: "OpeningConfirmations");

            migrationBuilder.DropTable(
                name: "PanelMembers");

            migrationBuilder.DropTable(
                name: "ScoreSheets");

            migrationBuilder.DropTable(
                name: "Bids");

            migrationBuilder.DropTable(
                name: "ServiceNeeds");
        }
    }
}
