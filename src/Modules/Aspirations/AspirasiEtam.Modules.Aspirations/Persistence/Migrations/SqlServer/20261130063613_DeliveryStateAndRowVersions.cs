using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class DeliveryStateAndRowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TimelineEntries_SubmissionId",
                schema: "aspirations",
                table: "TimelineEntries");

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                schema: "aspirations",
                table: "TimelineEntries",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "aspirations",
                table: "Submissions",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "aspirations",
                table: "StaffMembers",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "aspirations",
                table: "ResponseTemplates",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DeliveredTo",
                schema: "aspirations",
                table: "OutboxMessages",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "aspirations",
                table: "DispatchAgencies",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "aspirations",
                table: "Categories",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_SubmissionId_IdempotencyKey",
                schema: "aspirations",
                table: "TimelineEntries",
                columns: new[] { "SubmissionId", "IdempotencyKey" },
                unique: true,
                filter: "IdempotencyKey IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_IdempotencyKey",
                schema: "aspirations",
                table: "Submissions",
                column: "IdempotencyKey",
                unique: true,
                filter: "IdempotencyKey IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TimelineEntries_SubmissionId_IdempotencyKey",
                schema: "aspirations",
                table: "TimelineEntries");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_IdempotencyKey",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                schema: "aspirations",
                table: "TimelineEntries");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "aspirations",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "aspirations",
                table: "ResponseTemplates");

            migrationBuilder.DropColumn(
                name: "DeliveredTo",
                schema: "aspirations",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "aspirations",
                table: "DispatchAgencies");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "aspirations",
                table: "Categories");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_SubmissionId",
                schema: "aspirations",
                table: "TimelineEntries",
                column: "SubmissionId");
        }
    }
}
