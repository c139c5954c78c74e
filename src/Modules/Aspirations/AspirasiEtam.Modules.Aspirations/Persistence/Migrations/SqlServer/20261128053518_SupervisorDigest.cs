using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class SupervisorDigest : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Email",
                schema: "aspirations",
                table: "StaffMembers",
                type: "nvarchar(254)",
                maxLength: 254,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "IsSupervisor",
                schema: "aspirations",
                table: "StaffMembers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ProvinceWide",
                schema: "aspirations",
                table: "StaffMembers",
                type: "bit",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Email",
                schema: "aspirations",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "IsSupervisor",
                schema: "aspirations",
                table: "StaffMembers");

            migrationBuilder.DropColumn(
                name: "ProvinceWide",
                schema: "aspirations",
                table: "StaffMembers");
        }
    }
}
