using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.PublicInformation.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class InformationRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Agencies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsMainOffice = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Agencies", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChecklistItems",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    TitleId = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistItems", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    HoldingUnit = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PersonResponsible = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    MadeWhen = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    MadeWhere = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Form = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RetentionPeriod = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Tags = table.Column<string>(type: "TEXT", nullable: false),
                    Links = table.Column<string>(type: "TEXT", nullable: false),
                    ChecklistCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ExemptionGround = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ExemptionHarm = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ExemptionPublicInterest = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ExemptUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExemptionDecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExemptionDecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    WithdrawalReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AnnouncedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FreshnessNotices",
                columns: table => new
                {
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ForUpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FreshnessNotices", x => new { x.EntryId, x.Kind, x.ForUpdatedAt });
                });

            migrationBuilder.CreateTable(
                name: "Officers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgencyIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Officers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Pages",
                columns: table => new
                {
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DraftMarkdown = table.Column<string>(type: "TEXT", maxLength: 50000, nullable: false),
                    PublishedHtml = table.Column<string>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pages", x => new { x.AgencyId, x.Slug });
                });

            migrationBuilder.CreateTable(
                name: "PublicEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AgencyName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Tags = table.Column<string>(type: "TEXT", maxLength: 492, nullable: false),
                    DocumentText = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublicEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EntryDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Series = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EntryDocuments_Entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EntryHistory",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    EntryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EntryHistory", x => new { x.EntryId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_EntryHistory_Entries_EntryId",
                        column: x => x.EntryId,
                        principalTable: "Entries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Agencies_Code",
                table: "Agencies",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Entries_AgencyId_NumberYear_Sequence",
                table: "Entries",
                columns: new[] { "AgencyId", "NumberYear", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Entries_AgencyId_Status_UpdatedAt",
                table: "Entries",
                columns: new[] { "AgencyId", "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Entries_ChecklistCode_AgencyId",
                table: "Entries",
                columns: new[] { "ChecklistCode", "AgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_Entries_Status_UpdatedAt",
                table: "Entries",
                columns: new[] { "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_EntryDocuments_EntryId",
                table: "EntryDocuments",
                column: "EntryId");

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_AgencyCode_Category_Year",
                table: "PublicEntries",
                columns: new[] { "AgencyCode", "Category", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_AgencyCode_PublishedAt_Id",
                table: "PublicEntries",
                columns: new[] { "AgencyCode", "PublishedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_EntryId",
                table: "PublicEntries",
                column: "EntryId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_Id_AgencyCode_Category_Year",
                table: "PublicEntries",
                columns: new[] { "Id", "AgencyCode", "Category", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_PublicEntries_PublishedAt_Id",
                table: "PublicEntries",
                columns: new[] { "PublishedAt", "Id" });

            // The register's full-text index (docs/adr/0011): FTS5 over the public rows only, kept in step by
            // triggers, so every save of a public row updates the index in the same transaction.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "PublicEntrySearch" USING fts5(
                    "Title", "Summary", "Tags", "DocumentText",
                    content='PublicEntries', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "PublicEntries_ai" AFTER INSERT ON "PublicEntries" BEGIN
                    INSERT INTO "PublicEntrySearch"(rowid, "Title", "Summary", "Tags", "DocumentText")
                    VALUES (new."Id", new."Title", new."Summary", new."Tags", new."DocumentText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "PublicEntries_ad" AFTER DELETE ON "PublicEntries" BEGIN
                    INSERT INTO "PublicEntrySearch"("PublicEntrySearch", rowid, "Title", "Summary", "Tags", "DocumentText")
                    VALUES ('delete', old."Id", old."Title", old."Summary", old."Tags", old."DocumentText");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "PublicEntries_au" AFTER UPDATE ON "PublicEntries" BEGIN
                    INSERT INTO "PublicEntrySearch"("PublicEntrySearch", rowid, "Title", "Summary", "Tags", "DocumentText")
                    VALUES ('delete', old."Id", old."Title", old."Summary", old."Tags", old."DocumentText");
                    INSERT INTO "PublicEntrySearch"(rowid, "Title", "Summary", "Tags", "DocumentText")
                    VALUES (new."Id", new."Title", new."Summary", new."Tags", new."DocumentText");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"PublicEntries_au\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"PublicEntries_ad\";");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS \"PublicEntries_ai\";");
            migrationBuilder.Sql("DROP TABLE IF EXISTS \"PublicEntrySearch\";");

            migrationBuilder.DropTable(
                name: "Agencies");

            migrationBuilder.DropTable(
                name: "ChecklistItems");

            migrationBuilder.DropTable(
                name: "EntryDocuments");

            migrationBuilder.DropTable(
                name: "EntryHistory");

            migrationBuilder.DropTable(
                name: "FreshnessNotices");

            migrationBuilder.DropTable(
                name: "Officers");

            migrationBuilder.DropTable(
                name: "Pages");

            migrationBuilder.DropTable(
                name: "PublicEntries");

            migrationBuilder.DropTable(
                name: "Entries");
        }
    }
}
