using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class InformationRequestNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InformationRequestNumber",
                table: "Submissions",
                type: "TEXT",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InformationRequestNumber",
                table: "Submissions");
        }
    }
}
