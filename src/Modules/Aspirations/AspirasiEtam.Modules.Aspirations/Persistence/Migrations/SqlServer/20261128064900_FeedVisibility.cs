using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class FeedVisibility : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_SubmittedAt_Id",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.AddColumn<string>(
                name: "Feed",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "");

            // Existing reports take the rule Submission.MoveTo keeps from now on. In EXEC: the idempotent script runs
            // this migration as one batch, which SQL Server compiles before the column exists.
            migrationBuilder.Sql("EXEC(N'UPDATE [aspirations].[Submissions] SET [Feed] = CASE WHEN [Privacy] <> ''Confidential'' AND [Status] IN (''Submitted'', ''Dispatched'', ''Responded'', ''Closed'') THEN ''Public'' ELSE ''Hidden'' END;');");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Feed_SubmittedAt_Id",
                schema: "aspirations",
                table: "Submissions",
                columns: new[] { "Feed", "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_Feed_SubmittedAt_Id",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "Feed",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_SubmittedAt_Id",
                schema: "aspirations",
                table: "Submissions",
                columns: new[] { "SubmittedAt", "Id" });
        }
    }
}
