using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Reports.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class LeaderReportsAndAgencyMonths : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RequestFacts_DecidedAt_AgencyId_Outcome_DecidedOnTime",
                schema: "reports",
                table: "RequestFacts");

            migrationBuilder.DropIndex(
                name: "IX_RequestFacts_RegisteredAt_AgencyId",
                schema: "reports",
                table: "RequestFacts");

            migrationBuilder.DropIndex(
                name: "IX_ObjectionFacts_DecidedAt_AgencyId_Outcome",
                schema: "reports",
                table: "ObjectionFacts");

            migrationBuilder.DropIndex(
                name: "IX_ObjectionFacts_FiledAt_AgencyId",
                schema: "reports",
                table: "ObjectionFacts");

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

            migrationBuilder.AddColumn<Guid>(
                name: "AgencyId",
                schema: "reports",
                table: "PendingFigures",
                type: "uniqueidentifier",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "LeaderReportsSent",
                schema: "reports",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Month = table.Column<int>(type: "int", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LeaderReportsSent", x => new { x.UserId, x.Month });
                });

            migrationBuilder.CreateTable(
                name: "Recipients",
                schema: "reports",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    IsSupervisor = table.Column<bool>(type: "bit", nullable: false),
                    IsMainOffice = table.Column<bool>(type: "bit", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    AgencyIds = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recipients", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_AgencyId_DecidedAt_Outcome_DecidedOnTime",
                schema: "reports",
                table: "RequestFacts",
                columns: new[] { "AgencyId", "DecidedAt", "Outcome", "DecidedOnTime" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestFacts_AgencyId_RegisteredAt",
                schema: "reports",
                table: "RequestFacts",
                columns: new[] { "AgencyId", "RegisteredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionFacts_AgencyId_DecidedAt_Outcome",
                schema: "reports",
                table: "ObjectionFacts",
                columns: new[] { "AgencyId", "DecidedAt", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_ObjectionFacts_AgencyId_FiledAt",
                schema: "reports",
                table: "ObjectionFacts",
                columns: new[] { "AgencyId", "FiledAt" });

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
                name: "IX_AspirationFacts_RatedAgencyId_RatedAt_Rating",
                schema: "reports",
                table: "AspirationFacts",
                columns: new[] { "RatedAgencyId", "RatedAt", "Rating" });

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_RespondingAgencyId_RespondedAt_WorkingDaysToRespond_RespondedOnTime",
                schema: "reports",
                table: "AspirationFacts",
                columns: new[] { "RespondingAgencyId", "RespondedAt", "WorkingDaysToRespond", "RespondedOnTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LeaderReportsSent",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "Recipients",
                schema: "reports");

            migrationBuilder.DropIndex(
                name: "IX_RequestFacts_AgencyId_DecidedAt_Outcome_DecidedOnTime",
                schema: "reports",
                table: "RequestFacts");

            migrationBuilder.DropIndex(
                name: "IX_RequestFacts_AgencyId_RegisteredAt",
                schema: "reports",
                table: "RequestFacts");

            migrationBuilder.DropIndex(
                name: "IX_ObjectionFacts_AgencyId_DecidedAt_Outcome",
                schema: "reports",
                table: "ObjectionFacts");

            migrationBuilder.DropIndex(
                name: "IX_ObjectionFacts_AgencyId_FiledAt",
                schema: "reports",
                table: "ObjectionFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationReopenings_AgencyId_ReopenedAt",
                schema: "reports",
                table: "AspirationReopenings");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_AgencyId_DispatchedAt",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_RatedAgencyId_RatedAt_Rating",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropIndex(
                name: "IX_AspirationFacts_RespondingAgencyId_RespondedAt_WorkingDaysToRespond_RespondedOnTime",
                schema: "reports",
                table: "AspirationFacts");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                schema: "reports",
                table: "PendingFigures");

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
        }
    }
}
