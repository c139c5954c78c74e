using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Reports.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "reports");

            migrationBuilder.CreateTable(
                name: "Agencies",
                schema: "reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspirationFacts",
                schema: "reports",
                columns: table => new
                {
                    SubmissionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    CategoryCode = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DispatchedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RespondingAgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RespondedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RespondedOnTime = table.Column<bool>(type: "bit", nullable: true),
                    WorkingDaysToRespond = table.Column<int>(type: "int", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Rating = table.Column<int>(type: "int", nullable: true),
                    RatedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspirationFacts", x => x.SubmissionId);
                });

            migrationBuilder.CreateTable(
                name: "AspirationReopenings",
                schema: "reports",
                columns: table => new
                {
                    SubmissionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReopenedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspirationReopenings", x => new { x.SubmissionId, x.ReopenedAt });
                });

            migrationBuilder.CreateTable(
                name: "InboxMessages",
                schema: "reports",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Consumer = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboxMessages", x => new { x.MessageId, x.Consumer });
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                schema: "reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Type = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ProcessedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    DeliveredTo = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SourceReplays",
                schema: "reports",
                columns: table => new
                {
                    Source = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ReplayId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CompletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Events = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceReplays", x => x.Source);
                });

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

            migrationBuilder.CreateIndex(
                name: "IX_AspirationFacts_SubmittedAt",
                schema: "reports",
                table: "AspirationFacts",
                column: "SubmittedAt");

            migrationBuilder.CreateIndex(
                name: "IX_AspirationReopenings_AgencyId_ReopenedAt",
                schema: "reports",
                table: "AspirationReopenings",
                columns: new[] { "AgencyId", "ReopenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ProcessedAt_NextAttemptAt",
                schema: "reports",
                table: "OutboxMessages",
                columns: new[] { "ProcessedAt", "NextAttemptAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Agencies",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "AspirationFacts",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "AspirationReopenings",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "InboxMessages",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "OutboxMessages",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "SourceReplays",
                schema: "reports");
        }
    }
}
