using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class StaffNotices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NoticeDelivery",
                schema: "aspirations",
                table: "StaffMembers",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Immediate");

            migrationBuilder.CreateTable(
                name: "StaffNotices",
                schema: "aspirations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SubmissionId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ReportNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DueAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    MailedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StaffNotices", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotices_MailedAt",
                schema: "aspirations",
                table: "StaffNotices",
                column: "MailedAt");

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotices_SubmissionId_Kind",
                schema: "aspirations",
                table: "StaffNotices",
                columns: new[] { "SubmissionId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_StaffNotices_UserId_ReadAt",
                schema: "aspirations",
                table: "StaffNotices",
                columns: new[] { "UserId", "ReadAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "StaffNotices",
                schema: "aspirations");

            migrationBuilder.DropColumn(
                name: "NoticeDelivery",
                schema: "aspirations",
                table: "StaffMembers");
        }
    }
}
