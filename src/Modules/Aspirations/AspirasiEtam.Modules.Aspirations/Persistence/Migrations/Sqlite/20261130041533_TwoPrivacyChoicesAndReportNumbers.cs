using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class TwoPrivacyChoicesAndReportNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AgencyId",
                table: "TimelineEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Anonymous",
                table: "Submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Confidential",
                table: "Submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ContactShared",
                table: "Submissions",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PublicDescription",
                table: "Submissions",
                type: "TEXT",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicTitle",
                table: "Submissions",
                type: "TEXT",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportNumber",
                table: "Submissions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // Existing reports keep what they showed, never more: anonymous stays anonymous, confidential stays
            // confidential, no contact is shared without the reporter's consent (narrower than before for non-anonymous
            // reports), nothing is public before verification, and a report back at PPID Utama has no officer. Report
            // numbers for existing reports come from the random tail of their id.
            migrationBuilder.Sql(@"UPDATE ""Submissions"" SET
                ""Anonymous"" = (""Privacy"" = 'Anonymous'),
                ""Confidential"" = (""Privacy"" = 'Confidential'),
                ""ContactShared"" = 0,
                ""Feed"" = CASE WHEN ""Privacy"" <> 'Confidential' AND ""Status"" IN ('Dispatched', 'Responded', 'Closed') THEN 'Public' ELSE 'Hidden' END,
                ""AssignedOfficerId"" = CASE WHEN ""Status"" = 'Submitted' THEN NULL ELSE ""AssignedOfficerId"" END,
                ""ReportNumber"" = 'LAP-' || substr(upper(replace(""Id"", '-', '')), 23, 5) || '-' || substr(upper(replace(""Id"", '-', '')), 28, 5);");

            migrationBuilder.DropColumn(
                name: "Privacy",
                table: "Submissions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Privacy",
                table: "Submissions",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(@"UPDATE ""Submissions"" SET ""Privacy"" = CASE WHEN ""Confidential"" THEN 'Confidential' WHEN ""Anonymous"" THEN 'Anonymous' ELSE 'Public' END;");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                table: "TimelineEntries");

            migrationBuilder.DropColumn(
                name: "Anonymous",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "Confidential",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "ContactShared",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "PublicDescription",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "PublicTitle",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "ReportNumber",
                table: "Submissions");
        }
    }
}
