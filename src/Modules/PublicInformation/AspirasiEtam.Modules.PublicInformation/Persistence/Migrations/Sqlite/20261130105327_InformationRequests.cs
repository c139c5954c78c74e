using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.PublicInformation.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class InformationRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsOfficer",
                table: "Officers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Until now only active officers were kept active: they stay officers (the next StaffAccessChanged refines the rest).
            migrationBuilder.Sql("UPDATE Officers SET IsOfficer = IsActive;");

            migrationBuilder.AddColumn<bool>(
                name: "IsSupervisor",
                table: "Officers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ProvinceWide",
                table: "Officers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Holidays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    NameId = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    NumberAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccessCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 150, nullable: true),
                    ReceiptCodeProtected = table.Column<string>(type: "TEXT", maxLength: 600, nullable: true),
                    ReceiptCodeKeptUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApplicantKind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ApplicantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ApplicantIdentityNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ApplicantOccupation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApplicantPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ApplicantEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ApplicantUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ApplicantScanKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ApplicantScanContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ApplicantScanDeletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApplicantHiddenFromAgency = table.Column<bool>(type: "INTEGER", nullable: false),
                    InformationWanted = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Obtain = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    PublicArchive = table.Column<bool>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SourceSubmissionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SourceReportNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DecisionText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Redactions = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExemptionGround = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ConsequenceTest = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    HoldingBody = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Fee = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    FeeNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    FeePaidAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DocumentLinkHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DocumentLinkExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemindedForDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OverdueReportedForDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    NumberYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Ground = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    FiledAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DecisionText = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CommissionDeadline = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeHtml = table.Column<string>(type: "TEXT", nullable: true),
                    RowVersion = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Objections_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestDocuments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StorageKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestDocuments_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestNotices",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SignedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Html = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestNotices", x => new { x.RequestId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_RequestNotices_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestSteps",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    RequestId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2200, nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestSteps", x => new { x.RequestId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_RequestSteps_Requests_RequestId",
                        column: x => x.RequestId,
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Objections_AgencyId_NumberYear_Sequence",
                table: "Objections",
                columns: new[] { "AgencyId", "NumberYear", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Objections_RequestId",
                table: "Objections",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Objections_Status_DueOn",
                table: "Objections",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestDocuments_RequestId",
                table: "RequestDocuments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AgencyId_Status_DueOn",
                table: "Requests",
                columns: new[] { "AgencyId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_ApplicantUserId",
                table: "Requests",
                column: "ApplicantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_IdempotencyKey",
                table: "Requests",
                column: "IdempotencyKey",
                unique: true,
                filter: "IdempotencyKey IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Number",
                table: "Requests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_NumberAgencyId_NumberYear_Sequence",
                table: "Requests",
                columns: new[] { "NumberAgencyId", "NumberYear", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_SourceSubmissionId",
                table: "Requests",
                column: "SourceSubmissionId",
                unique: true,
                filter: "SourceSubmissionId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_DueOn",
                table: "Requests",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Holidays");

            migrationBuilder.DropTable(
                name: "Objections");

            migrationBuilder.DropTable(
                name: "RequestDocuments");

            migrationBuilder.DropTable(
                name: "RequestNotices");

            migrationBuilder.DropTable(
                name: "RequestSteps");

            migrationBuilder.DropTable(
                name: "Requests");

            migrationBuilder.DropColumn(
                name: "IsOfficer",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "IsSupervisor",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "ProvinceWide",
                table: "Officers");
        }
    }
}
