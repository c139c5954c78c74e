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

            migrationBuilder.AddColumn<bool>(
                name: "IsPublic",
                schema: "aspirations",
                table: "Submissions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            // Existing reports take the rule Submission.MoveTo keeps from now on.
            // In EXEC: the idempotent script runs this migration as one batch, which SQL Server compiles before the
            // column exists.
            migrationBuilder.Sql("EXEC(N'UPDATE [aspirations].[Submissions] SET [IsPublic] = 1 WHERE [Privacy] <> N''Confidential'' AND [Status] IN (N''Submitted'', N''Dispatched'', N''Responded'', N''Closed'');');");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_IsPublic_SubmittedAt_Id",
                schema: "aspirations",
                table: "Submissions",
                columns: new[] { "IsPublic", "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_IsPublic_SubmittedAt_Id",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "IsPublic",
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
