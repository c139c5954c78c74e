using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class RespondedOnTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RespondedAt",
                schema: "aspirations",
                table: "Submissions",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RespondedOnTime",
                schema: "aspirations",
                table: "Submissions",
                type: "bit",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_RespondedAt",
                schema: "aspirations",
                table: "Submissions",
                column: "RespondedAt",
                filter: "RespondedAt IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_RespondedAt",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RespondedAt",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RespondedOnTime",
                schema: "aspirations",
                table: "Submissions");
        }
    }
}
