using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.OrganisationDirectory.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class DeliveryStateAndRowVersions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DeliveredTo",
                schema: "directory",
                table: "OutboxMessages",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RowVersion",
                schema: "directory",
                table: "Agencies",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeliveredTo",
                schema: "directory",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "RowVersion",
                schema: "directory",
                table: "Agencies");
        }
    }
}
