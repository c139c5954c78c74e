using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class ReporterUserIdIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A signed-in citizen's own reports (/aspirasi/saya) are found by the reporter's user id, a column of the
            // Reporter complex property, which the model cannot index: the index is kept here.
            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ReporterUserId",
                schema: "aspirations",
                table: "Submissions",
                column: "ReporterUserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_ReporterUserId",
                schema: "aspirations",
                table: "Submissions");
        }
    }
}
