using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class InformationRequestNumber : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InformationRequestNumber",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(60)",
                maxLength: 60,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "InformationRequestNumber",
                schema: "aspirations",
                table: "Submissions");
        }
    }
}
