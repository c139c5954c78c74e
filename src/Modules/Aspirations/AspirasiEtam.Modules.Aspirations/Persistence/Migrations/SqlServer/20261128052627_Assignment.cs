using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class Assignment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AssignedOfficerId",
                schema: "aspirations",
                table: "Submissions",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "StaffMembers",
                schema: "aspirations",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FullName = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    IsOfficer = table.Column<bool>(type: "bit", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    AgencyIds = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffMembers", x => x.UserId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AssignedOfficerId_Status",
                schema: "aspirations",
                table: "Submissions",
                columns: new[] { "AssignedOfficerId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StaffMembers",
                schema: "aspirations");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_AssignedOfficerId_Status",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AssignedOfficerId",
                schema: "aspirations",
                table: "Submissions");
        }
    }
}
