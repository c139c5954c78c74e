using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.PublicInformation.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class RegisterBrowseIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PublicEntries_AgencyCode_Category_Year",
                table: "PublicEntries");

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_AgencyCode_Year_PublishedAt_Id",
                table: "PublicEntries",
                columns: new[] { "AgencyCode", "Year", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_Category_PublishedAt_Id",
                table: "PublicEntries",
                columns: new[] { "Category", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_Year_PublishedAt_Id",
                table: "PublicEntries",
                columns: new[] { "Year", "PublishedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PublicEntries_AgencyCode_Year_PublishedAt_Id",
                table: "PublicEntries");

            migrationBuilder.DropIndex(
                name: "IX_PublicEntries_Category_PublishedAt_Id",
                table: "PublicEntries");

            migrationBuilder.DropIndex(
                name: "IX_PublicEntries_Year_PublishedAt_Id",
                table: "PublicEntries");

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_AgencyCode_Category_Year",
                table: "PublicEntries",
                columns: new[] { "AgencyCode", "Category", "Year" });
        }
    }
}
