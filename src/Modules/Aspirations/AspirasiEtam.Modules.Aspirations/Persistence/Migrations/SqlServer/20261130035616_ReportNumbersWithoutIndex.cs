using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class ReportNumbersWithoutIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_ReportNumber",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.AlterColumn<string>(
                name: "ReportNumber",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(15)",
                oldMaxLength: 15);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "ReportNumber",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(15)",
                maxLength: 15,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ReportNumber",
                schema: "aspirations",
                table: "Submissions",
                column: "ReportNumber",
                unique: true);
        }
    }
}
