using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class StaffNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoticeDelivery",
                table: "StaffMembers",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Immediate");

            migrationBuilder.CreateTable(
                name: "StaffNotices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportNumber = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MailedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffNotices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotices_MailedAt",
                table: "StaffNotices",
                column: "MailedAt");

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotices_SubmissionId_Kind",
                table: "StaffNotices",
                columns: new[] { "SubmissionId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotices_UserId_ReadAt",
                table: "StaffNotices",
                columns: new[] { "UserId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StaffNotices");

            migrationBuilder.DropColumn(
                name: "NoticeDelivery",
                table: "StaffMembers");
        }
    }
}
