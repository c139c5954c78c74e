using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Reports.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class DipFreshness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DipChecklist",
                schema: "reports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    Codes = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipChecklist", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DipUpdates",
                schema: "reports",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ChecklistCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipUpdates", x => new { x.EntryId, x.At });
                });

            migrationBuilder.CreateTable(
                name: "DipWithdrawals",
                schema: "reports",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipWithdrawals", x => x.EntryId);
                });

            // The register's freshness facts are new: portals that caught up with the PPID module before ask it again.
            migrationBuilder.Sql("DELETE FROM [reports].[SourceReplays] WHERE [Source] = N'ppid';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DipChecklist",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "DipUpdates",
                schema: "reports");

            migrationBuilder.DropTable(
                name: "DipWithdrawals",
                schema: "reports");
        }
    }
}
