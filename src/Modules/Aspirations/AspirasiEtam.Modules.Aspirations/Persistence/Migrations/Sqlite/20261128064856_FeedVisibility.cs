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

            migrationBuilder.AddColumn<string>(
                name: "Feed",
                table: "Submissions",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // Existing reports take the rule Submission.MoveTo keeps from now on.
            migrationBuilder.Sql("UPDATE \"Submissions\" SET \"Feed\" = CASE WHEN Privacy <> 'Confidential' AND Status IN ('Submitted', 'Dispatched', 'Responded', 'Closed') THEN 'Public' ELSE 'Hidden' END;");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Feed_SubmittedAt_Id",
                table: "Submissions",
                columns: new[] { "Feed", "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_Feed_SubmittedAt_Id",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "Feed",
                table: "Submissions");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_SubmittedAt_Id",
                table: "Submissions",
                columns: new[] { "SubmittedAt", "Id" });
        }
    }
}
