using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class DeliveryStateAndRowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TimelineEntries_SubmissionId",
                table: "TimelineEntries");

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "TimelineEntries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "Submissions",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                table: "Submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                table: "StaffMembers",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                table: "ResponseTemplates",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "DeliveredTo",
                table: "OutboxMessages",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                table: "DispatchAgencies",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                table: "Categories",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_SubmissionId_IdempotencyKey",
                table: "TimelineEntries",
                columns: new[] { "SubmissionId", "IdempotencyKey" },
                unique: true,
                filter: "IdempotencyKey IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_IdempotencyKey",
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
                table: "TimelineEntries");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_IdempotencyKey",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "TimelineEntries");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "ResponseTemplates");

            migrationBuilder.DropColumn(
                name: "DeliveredTo",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "DispatchAgencies");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                table: "Categories");

            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_SubmissionId",
                table: "TimelineEntries",
                column: "SubmissionId");
        }
    }
}
