using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Reports.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class MonthlyFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspirationReopenings_AgencyId_ReopenedAt",
                schema: "reports",
                table: "AspirationReopenings");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_AgencyId_DispatchedAt",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_RespondingAgencyId_RespondedAt",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.AddColumn<DateTime>(
                name: "FollowUpDueAt",
                schema: "reports",
                table: "AspirationFacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RatedAgencyId",
                schema: "reports",
                table: "AspirationFacts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportNumber",
                schema: "reports",
                table: "AspirationFacts",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                schema: "reports",
                table: "AspirationFacts",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusAt",
                schema: "reports",
                table: "AspirationFacts",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgencyMonths",
                schema: "reports",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    Submitted = table.Column<int>(type: "int", nullable: false),
                    Received = table.Column<int>(type: "int", nullable: false),
                    Answered = table.Column<int>(type: "int", nullable: false),
                    AnsweredOnTime = table.Column<int>(type: "int", nullable: false),
                    AnswerDays = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Reopened = table.Column<int>(type: "int", nullable: false),
                    Ratings = table.Column<int>(type: "int", nullable: false),
                    RatingSum = table.Column<int>(type: "int", nullable: false),
                    RequestsReceived = table.Column<int>(type: "int", nullable: false),
                    RequestsDecided = table.Column<int>(type: "int", nullable: false),
                    RequestsOnTime = table.Column<int>(type: "int", nullable: false),
                    RequestsGranted = table.Column<int>(type: "int", nullable: false),
                    RequestsGrantedInPart = table.Column<int>(type: "int", nullable: false),
                    RequestsRefused = table.Column<int>(type: "int", nullable: false),
                    RequestsNotHeld = table.Column<int>(type: "int", nullable: false),
                    ObjectionsFiled = table.Column<int>(type: "int", nullable: false),
                    ObjectionsUpheld = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyMonths", x => new { x.Month, x.AgencyId });
                });

            migrationBuilder.CreateTable(
                name: "ObjectionFacts",
                schema: "reports",
                columns: table => new
                {
                    ObjectionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    FiledAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectionFacts", x => x.ObjectionId);
                });

            migrationBuilder.CreateTable(
                name: "PendingFigures",
                schema: "reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Month = table.Column<int>(type: "int", nullable: false),
                    EventAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RefreshedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RequestFacts",
                schema: "reports",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RegisteredAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    DecidedOnTime = table.Column<bool>(type: "bit", nullable: true),
                    WorkingDaysTaken = table.Column<int>(type: "int", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestFacts", x => x.RequestId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationReopenings_ReopenedAt_AgencyId",
                schema: "reports",
                table: "AspirationReopenings",
                columns: new[] { "ReopenedAt", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_DispatchedAt_AgencyId",
                schema: "reports",
                table: "AspirationFacts",
                columns: new[] { "DispatchedAt", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_RatedAt_RatedAgencyId_Rating",
                schema: "reports",
                table: "AspirationFacts",
                columns: new[] { "RatedAt", "RatedAgencyId", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_RespondedAt_RespondingAgencyId_WorkingDaysToRespond_RespondedOnTime",
                schema: "reports",
                table: "AspirationFacts",
                columns: new[] { "RespondedAt", "RespondingAgencyId", "WorkingDaysToRespond", "RespondedOnTime" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_Status_AgencyId_FollowUpDueAt",
                schema: "reports",
                table: "AspirationFacts",
                columns: new[] { "Status", "AgencyId", "FollowUpDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionFacts_DecidedAt_AgencyId_Outcome",
                schema: "reports",
                table: "ObjectionFacts",
                columns: new[] { "DecidedAt", "AgencyId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionFacts_FiledAt_AgencyId",
                schema: "reports",
                table: "ObjectionFacts",
                columns: new[] { "FiledAt", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_PendingFigures_RefreshedAt",
                schema: "reports",
                table: "PendingFigures",
                column: "RefreshedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_DecidedAt_AgencyId_Outcome_DecidedOnTime",
                schema: "reports",
                table: "RequestFacts",
                columns: new[] { "DecidedAt", "AgencyId", "Outcome", "DecidedOnTime" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_RegisteredAt_AgencyId",
                schema: "reports",
                table: "RequestFacts",
                columns: new[] { "RegisteredAt", "AgencyId" });

            // The facts gained a status, report numbers and requests, and the figures are now kept by month: the
            // module asks its sources to tell their history again at the next start (docs/adr/0015), which fills them.
            migrationBuilder.Sql("DELETE FROM [reports].[SourceReplays];");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyMonths",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "ObjectionFacts",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "PendingFigures",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "RequestFacts",
                schema: "reports");

            migrationBuilder.DropIndex(
                name: "IX_AspirationReopenings_ReopenedAt_AgencyId",
                schema: "reports",
                table: "AspirationReopenings");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_DispatchedAt_AgencyId",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_RatedAt_RatedAgencyId_Rating",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_RespondedAt_RespondingAgencyId_WorkingDaysToRespond_RespondedOnTime",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_Status_AgencyId_FollowUpDueAt",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "FollowUpDueAt",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "RatedAgencyId",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "ReportNumber",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "Status",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "StatusAt",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.CreateIndex(
                name: "IX_AspirationReopenings_AgencyId_ReopenedAt",
                schema: "reports",
                table: "AspirationReopenings",
                columns: new[] { "AgencyId", "ReopenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_AgencyId_DispatchedAt",
                schema: "reports",
                table: "AspirationFacts",
                columns: new[] { "AgencyId", "DispatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_RespondingAgencyId_RespondedAt",
                schema: "reports",
                table: "AspirationFacts",
                columns: new[] { "RespondingAgencyId", "RespondedAt" });
        }
    }
}
