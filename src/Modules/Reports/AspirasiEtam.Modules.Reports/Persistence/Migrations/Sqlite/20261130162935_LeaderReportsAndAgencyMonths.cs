using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Reports.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class LeaderReportsAndAgencyMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RequestFacts_DecidedAt_AgencyId_Outcome_DecidedOnTime",
                table: "RequestFacts");

            migrationBuilder.DropIndex(
                name: "IX_RequestFacts_RegisteredAt_AgencyId",
                table: "RequestFacts");

            migrationBuilder.DropIndex(
                name: "IX_ObjectionFacts_DecidedAt_AgencyId_Outcome",
                table: "ObjectionFacts");

            migrationBuilder.DropIndex(
                name: "IX_ObjectionFacts_FiledAt_AgencyId",
                table: "ObjectionFacts");

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

            migrationBuilder.AddColumn<Guid>(
                name: "AgencyId",
                table: "PendingFigures",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "LeaderReportsSent",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeaderReportsSent", x => new { x.UserId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "Recipients",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IsSupervisor = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsMainOffice = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgencyIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recipients", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_AgencyId_DecidedAt_Outcome_DecidedOnTime",
                table: "RequestFacts",
                columns: new[] { "AgencyId", "DecidedAt", "Outcome", "DecidedOnTime" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_AgencyId_RegisteredAt",
                table: "RequestFacts",
                columns: new[] { "AgencyId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionFacts_AgencyId_DecidedAt_Outcome",
                table: "ObjectionFacts",
                columns: new[] { "AgencyId", "DecidedAt", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionFacts_AgencyId_FiledAt",
                table: "ObjectionFacts",
                columns: new[] { "AgencyId", "FiledAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationReopenings_AgencyId_ReopenedAt",
                table: "AspirationReopenings",
                columns: new[] { "AgencyId", "ReopenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_AgencyId_DispatchedAt",
                table: "AspirationFacts",
                columns: new[] { "AgencyId", "DispatchedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_RatedAgencyId_RatedAt_Rating",
                table: "AspirationFacts",
                columns: new[] { "RatedAgencyId", "RatedAt", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_RespondingAgencyId_RespondedAt_WorkingDaysToRespond_RespondedOnTime",
                table: "AspirationFacts",
                columns: new[] { "RespondingAgencyId", "RespondedAt", "WorkingDaysToRespond", "RespondedOnTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LeaderReportsSent");

            migrationBuilder.DropTable(
                name: "Recipients");

            migrationBuilder.DropIndex(
                name: "IX_RequestFacts_AgencyId_DecidedAt_Outcome_DecidedOnTime",
                table: "RequestFacts");

            migrationBuilder.DropIndex(
                name: "IX_RequestFacts_AgencyId_RegisteredAt",
                table: "RequestFacts");

            migrationBuilder.DropIndex(
                name: "IX_ObjectionFacts_AgencyId_DecidedAt_Outcome",
                table: "ObjectionFacts");

            migrationBuilder.DropIndex(
                name: "IX_ObjectionFacts_AgencyId_FiledAt",
                table: "ObjectionFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationReopenings_AgencyId_ReopenedAt",
                table: "AspirationReopenings");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_AgencyId_DispatchedAt",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_RatedAgencyId_RatedAt_Rating",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_RespondingAgencyId_RespondedAt_WorkingDaysToRespond_RespondedOnTime",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "PendingFigures");

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_DecidedAt_AgencyId_Outcome_DecidedOnTime",
                table: "RequestFacts",
                columns: new[] { "DecidedAt", "AgencyId", "Outcome", "DecidedOnTime" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_RegisteredAt_AgencyId",
                table: "RequestFacts",
                columns: new[] { "RegisteredAt", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionFacts_DecidedAt_AgencyId_Outcome",
                table: "ObjectionFacts",
                columns: new[] { "DecidedAt", "AgencyId", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionFacts_FiledAt_AgencyId",
                table: "ObjectionFacts",
                columns: new[] { "FiledAt", "AgencyId" });

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
        }
    }
}
