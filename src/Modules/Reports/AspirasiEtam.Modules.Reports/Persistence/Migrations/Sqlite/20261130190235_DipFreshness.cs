using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Reports.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class DipFreshness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DipChecklist",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Codes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipChecklist", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DipUpdates",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChecklistCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipUpdates", x => new { x.EntryId, x.At });
                });

            migrationBuilder.CreateTable(
                name: "DipWithdrawals",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DipWithdrawals", x => x.EntryId);
                });

            // The register's freshness facts are new: portals that caught up with the PPID module before ask it again.
            migrationBuilder.Sql("DELETE FROM \"SourceReplays\" WHERE \"Source\" = 'ppid';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DipChecklist");

            migrationBuilder.DropTable(
                name: "DipUpdates");

            migrationBuilder.DropTable(
                name: "DipWithdrawals");
        }
    }
}
