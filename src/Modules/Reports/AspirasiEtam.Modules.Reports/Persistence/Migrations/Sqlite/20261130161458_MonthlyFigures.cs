using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Reports.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class MonthlyFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspirationReopenings_AgencyId_ReopenedAt",
                table: "AspirationReopenings");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_AgencyId_DispatchedAt",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_RespondingAgencyId_RespondedAt",
                table: "AspirationFacts");

            migrationBuilder.AddColumn<DateTime>(
                name: "FollowUpDueAt",
                table: "AspirationFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RatedAgencyId",
                table: "AspirationFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportNumber",
                table: "AspirationFacts",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "AspirationFacts",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "StatusAt",
                table: "AspirationFacts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AgencyMonths",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Submitted = table.Column<int>(type: "INTEGER", nullable: false),
                    Received = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswerDays = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reopened = table.Column<int>(type: "INTEGER", nullable: false),
                    Ratings = table.Column<int>(type: "INTEGER", nullable: false),
                    RatingSum = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestsReceived = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestsDecided = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestsOnTime = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestsGranted = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestsGrantedInPart = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestsRefused = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestsNotHeld = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectionsFiled = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectionsUpheld = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgencyMonths", x => new { x.Month, x.AgencyId });
                });

            migrationBuilder.CreateTable(
                name: "ObjectionFacts",
                columns: table => new
                {
                    ObjectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObjectionFacts", x => x.ObjectionId);
                });

            migrationBuilder.CreateTable(
                name: "PendingFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    EventAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RefreshedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PendingFigures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RequestFacts",
                columns: table => new
                {
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RegisteredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DecidedOnTime = table.Column<bool>(type: "INTEGER", nullable: true),
                    WorkingDaysTaken = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestFacts", x => x.RequestId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationReopenings_ReopenedAt_AgencyId",
                table: "AspirationReopenings",
                columns: new[] { "ReopenedAt", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_DispatchedAt_AgencyId",
                table: "AspirationFacts",
                columns: new[] { "DispatchedAt", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_RatedAt_RatedAgencyId_Rating",
                table: "AspirationFacts",
                columns: new[] { "RatedAt", "RatedAgencyId", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_RespondedAt_RespondingAgencyId_WorkingDaysToRespond_RespondedOnTime",
                table: "AspirationFacts",
                columns: new[] { "RespondedAt", "RespondingAgencyId", "WorkingDaysToRespond", "RespondedOnTime" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_Status_AgencyId_FollowUpDueAt",
                table: "AspirationFacts",
                columns: new[] { "Status", "AgencyId", "FollowUpDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionFacts_DecidedAt_AgencyId_Outcome",
                table: "ObjectionFacts",
                columns: new[] { "DecidedAt", "AgencyId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionFacts_FiledAt_AgencyId",
                table: "ObjectionFacts",
                columns: new[] { "FiledAt", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_PendingFigures_RefreshedAt",
                table: "PendingFigures",
                column: "RefreshedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_DecidedAt_AgencyId_Outcome_DecidedOnTime",
                table: "RequestFacts",
                columns: new[] { "DecidedAt", "AgencyId", "Outcome", "DecidedOnTime" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_RegisteredAt_AgencyId",
                table: "RequestFacts",
                columns: new[] { "RegisteredAt", "AgencyId" });

            // The facts gained a status, report numbers and requests, and the figures are now kept by month: the
            // module asks its sources to tell their history again at the next start (docs/adr/0015), which fills them.
            migrationBuilder.Sql("DELETE FROM \"SourceReplays\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AgencyMonths");

            migrationBuilder.DropTable(
                name: "ObjectionFacts");

            migrationBuilder.DropTable(
                name: "PendingFigures");

            migrationBuilder.DropTable(
                name: "RequestFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationReopenings_ReopenedAt_AgencyId",
                table: "AspirationReopenings");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_DispatchedAt_AgencyId",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_RatedAt_RatedAgencyId_Rating",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_RespondedAt_RespondingAgencyId_WorkingDaysToRespond_RespondedOnTime",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_Status_AgencyId_FollowUpDueAt",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "FollowUpDueAt",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "RatedAgencyId",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "ReportNumber",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "StatusAt",
                table: "AspirationFacts");

            migrationBuilder.CreateIndex(
                name: "IX_AspirationReopenings_AgencyId_ReopenedAt",
                table: "AspirationReopenings",
                columns: new[] { "AgencyId", "ReopenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_AgencyId_DispatchedAt",
                table: "AspirationFacts",
                columns: new[] { "AgencyId", "DispatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_RespondingAgencyId_RespondedAt",
                table: "AspirationFacts",
                columns: new[] { "RespondingAgencyId", "RespondedAt" });
        }
    }
}
