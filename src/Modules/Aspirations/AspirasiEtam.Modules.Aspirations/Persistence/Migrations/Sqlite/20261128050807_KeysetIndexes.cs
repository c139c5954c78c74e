using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Aspirations.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class KeysetIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_AgencyId_Status_SubmittedAt_Id",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_Privacy_Status_SubmittedAt_Id",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_Status_SubmittedAt_Id",
                table: "Submissions");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AgencyId_Status_CreatedAt_Id",
                table: "Submissions",
                columns: new[] { "AgencyId", "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_CreatedAt_Id",
                table: "Submissions",
                columns: new[] { "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Status_CreatedAt_Id",
                table: "Submissions",
                columns: new[] { "Status", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_SubmittedAt_Id",
                table: "Submissions",
                columns: new[] { "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_AgencyId_Status_CreatedAt_Id",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_CreatedAt_Id",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_Status_CreatedAt_Id",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_SubmittedAt_Id",
                table: "Submissions");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_AgencyId_Status_SubmittedAt_Id",
                table: "Submissions",
                columns: new[] { "AgencyId", "Status", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Privacy_Status_SubmittedAt_Id",
                table: "Submissions",
                columns: new[] { "Privacy", "Status", "SubmittedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Status_SubmittedAt_Id",
                table: "Submissions",
                columns: new[] { "Status", "SubmittedAt", "Id" });
        }
    }
}
