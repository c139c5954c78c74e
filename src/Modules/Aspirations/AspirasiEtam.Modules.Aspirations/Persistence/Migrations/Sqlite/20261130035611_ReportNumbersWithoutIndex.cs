using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class ReportNumbersWithoutIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_ReportNumber",
                table: "Submissions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ReportNumber",
                table: "Submissions",
                column: "ReportNumber",
                unique: true);
        }
    }
}
