using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class FeedVisibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_SubmittedAt_Id",
                table: "Submissions");

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                table: "Submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Existing reports take the rule Submission.MoveTo keeps from now on.
            migrationBuilder.Sql("UPDATE \"Submissions\" SET IsPublic = 1 WHERE Privacy <> 'Confidential' AND Status IN ('Submitted', 'Dispatched', 'Responded', 'Closed');");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_IsPublic_SubmittedAt_Id",
                table: "Submissions",
                columns: new[] { "IsPublic", "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_IsPublic_SubmittedAt_Id",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "IsPublic",
                table: "Submissions");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_SubmittedAt_Id",
                table: "Submissions",
                columns: new[] { "SubmittedAt", "Id" });
        }
    }
}
