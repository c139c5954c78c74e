using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Identity.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AuthenticatorLastTimeStep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastAuthenticatorTimeStep",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastAuthenticatorTimeStep",
                table: "AspNetUsers");
        }
    }
}
