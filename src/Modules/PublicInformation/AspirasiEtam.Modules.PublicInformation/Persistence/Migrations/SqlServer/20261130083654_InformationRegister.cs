using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.PublicInformation.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class InformationRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agencies",
                schema: "ppid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    ShortName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    IsMainOffice = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    RowVersion = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                });

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
                name: "Entries",
                schema: "ppid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NumberYear = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    HoldingUnit = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    PersonResponsible = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    MadeWhen = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    MadeWhere = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Form = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    RetentionPeriod = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Tags = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Links = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ChecklistCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ExemptionGround = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    ExemptionHarm = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ExemptionPublicInterest = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    ExemptUntil = table.Column<DateOnly>(type: "date", nullable: true),
                    ExemptionDecidedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ExemptionDecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AnnouncedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RowVersion = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entries", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "Pages",
                schema: "ppid",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Slug = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DraftMarkdown = table.Column<string>(type: "nvarchar(max)", maxLength: 50000, nullable: false),
                    PublishedHtml = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pages", x => new { x.AgencyId, x.Slug });
                });

            migrationBuilder.CreateTable(
                name: "PublicEntries",
                schema: "ppid",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyCode = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AgencyName = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Tags = table.Column<string>(type: "nvarchar(492)", maxLength: 492, nullable: false),
                    DocumentText = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EntryDocuments",
                schema: "ppid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Series = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(160)", maxLength: 160, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntryDocuments_Entries_EntryId",
                        column: x => x.EntryId,
                        principalSchema: "ppid",
                        principalTable: "Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EntryHistory",
                schema: "ppid",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    EntryId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    By = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryHistory", x => new { x.EntryId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_EntryHistory_Entries_EntryId",
                        column: x => x.EntryId,
                        principalSchema: "ppid",
                        principalTable: "Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Code",
                schema: "ppid",
                table: "Agencies",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Entries_AgencyId_NumberYear_Sequence",
                schema: "ppid",
                table: "Entries",
                columns: new[] { "AgencyId", "NumberYear", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Entries_AgencyId_Status_UpdatedAt",
                schema: "ppid",
                table: "Entries",
                columns: new[] { "AgencyId", "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Entries_ChecklistCode_AgencyId",
                schema: "ppid",
                table: "Entries",
                columns: new[] { "ChecklistCode", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Entries_Status_UpdatedAt",
                schema: "ppid",
                table: "Entries",
                columns: new[] { "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EntryDocuments_EntryId",
                schema: "ppid",
                table: "EntryDocuments",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_AgencyCode_Category_Year",
                schema: "ppid",
                table: "PublicEntries",
                columns: new[] { "AgencyCode", "Category", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_AgencyCode_PublishedAt_Id",
                schema: "ppid",
                table: "PublicEntries",
                columns: new[] { "AgencyCode", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_EntryId",
                schema: "ppid",
                table: "PublicEntries",
                column: "EntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_Id_AgencyCode_Category_Year",
                schema: "ppid",
                table: "PublicEntries",
                columns: new[] { "Id", "AgencyCode", "Category", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_PublishedAt_Id",
                schema: "ppid",
                table: "PublicEntries",
                columns: new[] { "PublishedAt", "Id" });

            // The register's full-text index (docs/adr/0011) over the public rows only; full-text DDL cannot run
            // inside a transaction. Needs the Full-Text Search feature of SQL Server (Express with Advanced Services
            // and every edition above have it).
            migrationBuilder.Sql("""
                IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'ppid_register')
                    CREATE FULLTEXT CATALOG [ppid_register];
                """, suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE FULLTEXT INDEX ON [ppid].[PublicEntries] ([Title], [Summary], [Tags], [DocumentText])
                    KEY INDEX [PK_PublicEntries] ON [ppid_register] WITH CHANGE_TRACKING AUTO;
                """, suppressTransaction: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON [ppid].[PublicEntries];", suppressTransaction: true);

            migrationBuilder.DropTable(
                name: "Agencies",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "ChecklistItems",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "EntryDocuments",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "EntryHistory",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "FreshnessNotices",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "Officers",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "Pages",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "PublicEntries",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "Entries",
                schema: "ppid");
        }
    }
}
