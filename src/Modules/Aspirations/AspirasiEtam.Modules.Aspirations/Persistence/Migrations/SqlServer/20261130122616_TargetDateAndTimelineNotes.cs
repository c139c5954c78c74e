using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class TargetDateAndTimelineNotes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Note",
                schema: "aspirations",
                table: "TimelineEntries",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "TargetDate",
                schema: "aspirations",
                table: "Submissions",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TargetReason",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Note",
                schema: "aspirations",
                table: "TimelineEntries");

            migrationBuilder.DropColumn(
                name: "TargetDate",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "TargetReason",
                schema: "aspirations",
                table: "Submissions");
        }
    }
}
