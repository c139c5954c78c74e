using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class TwoPrivacyChoicesAndReportNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AgencyId",
                schema: "aspirations",
                table: "TimelineEntries",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "TrackingCode",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(13)",
                oldMaxLength: 13);

            migrationBuilder.AddColumn<bool>(
                name: "Anonymous",
                schema: "aspirations",
                table: "Submissions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "Confidential",
                schema: "aspirations",
                table: "Submissions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ContactShared",
                schema: "aspirations",
                table: "Submissions",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "PublicDescription",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(max)",
                maxLength: 5000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PublicTitle",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(150)",
                maxLength: 150,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportNumber",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            // Existing reports keep what they showed, never more: anonymous stays anonymous, confidential stays
            // confidential, no contact is shared without the reporter's consent (narrower than before for non-anonymous
            // reports), nothing is public before verification, and a report back at PPID Utama has no officer. Report
            // numbers for existing reports come from the random tail of their id. In EXEC: the idempotent script runs
            // this migration as one batch, which SQL Server compiles before the new columns exist.
            migrationBuilder.Sql(@"EXEC(N'UPDATE [aspirations].[Submissions] SET
                [Anonymous] = CASE WHEN [Privacy] = ''Anonymous'' THEN 1 ELSE 0 END,
                [Confidential] = CASE WHEN [Privacy] = ''Confidential'' THEN 1 ELSE 0 END,
                [ContactShared] = 0,
                [Feed] = CASE WHEN [Privacy] <> ''Confidential'' AND [Status] IN (''Dispatched'', ''Responded'', ''Closed'') THEN ''Public'' ELSE ''Hidden'' END,
                [AssignedOfficerId] = CASE WHEN [Status] = ''Submitted'' THEN NULL ELSE [AssignedOfficerId] END,
                [ReportNumber] = ''LAP-'' + SUBSTRING(UPPER(REPLACE(CONVERT(nvarchar(36), [Id]), ''-'', )), 23, 5) + - + SUBSTRING(UPPER(REPLACE(CONVERT(nvarchar(36), [Id]), -, )), 28, 5);');");

            migrationBuilder.DropColumn(
                name: "Privacy",
                schema: "aspirations",
                table: "Submissions");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Privacy",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(@"EXEC(N'UPDATE [aspirations].[Submissions] SET [Privacy] = CASE WHEN [Confidential] = 1 THEN ''Confidential'' WHEN [Anonymous] = 1 THEN ''Anonymous'' ELSE ''Public'' END;');");

            migrationBuilder.DropColumn(
                name: "AgencyId",
                schema: "aspirations",
                table: "TimelineEntries");

            migrationBuilder.DropColumn(
                name: "Anonymous",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "Confidential",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "ContactShared",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "PublicDescription",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "PublicTitle",
                schema: "aspirations",
                table: "Submissions");

            migrationBuilder.AlterColumn<string>(
                name: "TrackingCode",
                schema: "aspirations",
                table: "Submissions",
                type: "nvarchar(13)",
                maxLength: 13,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(20)",
                oldMaxLength: 20);

            migrationBuilder.DropColumn(
                name: "ReportNumber",
                schema: "aspirations",
                table: "Submissions");
        }
    }
}
