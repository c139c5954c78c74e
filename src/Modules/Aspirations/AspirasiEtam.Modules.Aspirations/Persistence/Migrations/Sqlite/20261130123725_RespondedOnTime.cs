using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class RespondedOnTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "RespondedAt",
                table: "Submissions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "RespondedOnTime",
                table: "Submissions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_RespondedAt",
                table: "Submissions",
                column: "RespondedAt",
                filter: "RespondedAt IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_RespondedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RespondedAt",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RespondedOnTime",
                table: "Submissions");
        }
    }
}
