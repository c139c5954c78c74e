using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class TimelineBySubmission : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_TimelineEntries_SubmissionId_Sequence",
                schema: "aspirations",
                table: "TimelineEntries",
                columns: new[] { "SubmissionId", "Sequence" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TimelineEntries_SubmissionId_Sequence",
                schema: "aspirations",
                table: "TimelineEntries");
        }
    }
}
