using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.PublicInformation.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class FreshnessScorecard : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChecklistCode",
                schema: "ppid",
                table: "Entries",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ChecklistItems",
                schema: "ppid",
                columns: table => new
                {
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false),
                    TitleId = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistItems", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "FreshnessNotices",
                schema: "ppid",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ForUpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FreshnessNotices", x => new { x.EntryId, x.Kind, x.ForUpdatedAt });
                });

            migrationBuilder.CreateTable(
                name: "Officers",
                schema: "ppid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    AgencyIds = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Officers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Entries_ChecklistCode_AgencyId",
                schema: "ppid",
                table: "Entries",
                columns: new[] { "ChecklistCode", "AgencyId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChecklistItems",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "FreshnessNotices",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "Officers",
                schema: "ppid");

            migrationBuilder.DropIndex(
                name: "IX_Entries_ChecklistCode_AgencyId",
                schema: "ppid",
                table: "Entries");

            migrationBuilder.DropColumn(
                name: "ChecklistCode",
                schema: "ppid",
                table: "Entries");
        }
    }
}
