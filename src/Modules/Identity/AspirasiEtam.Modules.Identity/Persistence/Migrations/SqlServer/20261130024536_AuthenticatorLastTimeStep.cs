using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.Identity.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class AuthenticatorLastTimeStep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "LastAuthenticatorTimeStep",
                schema: "identity",
                table: "AspNetUsers",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastAuthenticatorTimeStep",
                schema: "identity",
                table: "AspNetUsers");
        }
    }
}
