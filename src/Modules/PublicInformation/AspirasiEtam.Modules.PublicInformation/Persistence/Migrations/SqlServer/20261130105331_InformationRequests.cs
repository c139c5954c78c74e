using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AspirasiEtam.Modules.PublicInformation.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    internal partial class InformationRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsOfficer",
                schema: "ppid",
                table: "Officers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            // Until now only active officers were kept active: they stay officers (the next StaffAccessChanged refines the rest).
            migrationBuilder.Sql("UPDATE [ppid].[Officers] SET [IsOfficer] = [IsActive];");

            migrationBuilder.AddColumn<bool>(
                name: "IsSupervisor",
                schema: "ppid",
                table: "Officers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "ProvinceWide",
                schema: "ppid",
                table: "Officers",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "Holidays",
                schema: "ppid",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    NameId = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Holidays", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "Requests",
                schema: "ppid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NumberAgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NumberYear = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AccessCodeHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: true),
                    ReceiptCodeProtected = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: true),
                    ReceiptCodeKeptUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ApplicantKind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ApplicantName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ApplicantIdentityNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ApplicantAddress = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ApplicantOccupation = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ApplicantPhone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ApplicantEmail = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    ApplicantUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ApplicantScanKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    ApplicantScanContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    ApplicantScanDeletedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ApplicantHiddenFromAgency = table.Column<bool>(type: "bit", nullable: false),
                    InformationWanted = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Obtain = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Delivery = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PublicArchive = table.Column<bool>(type: "bit", nullable: false),
                    Channel = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SourceSubmissionId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    SourceReportNumber = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ExtensionReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    DecisionText = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    Redactions = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    ExemptionGround = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    ConsequenceTest = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    HoldingBody = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    Fee = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    FeeNote = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    FeePaidAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DocumentLinkHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    DocumentLinkExpiresAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RemindedForDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OverdueReportedForDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RowVersion = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Objections",
                schema: "ppid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    NumberYear = table.Column<int>(type: "int", nullable: false),
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Ground = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Reasons = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    FiledAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    DecisionText = table.Column<string>(type: "nvarchar(max)", maxLength: 8000, nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CommissionDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeHtml = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    RowVersion = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Objections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Objections_Requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "ppid",
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestDocuments",
                schema: "ppid",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(160)", maxLength: 160, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    StorageKey = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestDocuments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RequestDocuments_Requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "ppid",
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestNotices",
                schema: "ppid",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SignedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Html = table.Column<string>(type: "nvarchar(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestNotices", x => new { x.RequestId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_RequestNotices_Requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "ppid",
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RequestSteps",
                schema: "ppid",
                columns: table => new
                {
                    Sequence = table.Column<int>(type: "int", nullable: false),
                    RequestId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2200)", maxLength: 2200, nullable: false),
                    By = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestSteps", x => new { x.RequestId, x.Sequence });
                    table.ForeignKey(
                        name: "FK_RequestSteps_Requests_RequestId",
                        column: x => x.RequestId,
                        principalSchema: "ppid",
                        principalTable: "Requests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Objections_AgencyId_NumberYear_Sequence",
                schema: "ppid",
                table: "Objections",
                columns: new[] { "AgencyId", "NumberYear", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Objections_RequestId",
                schema: "ppid",
                table: "Objections",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Objections_Status_DueOn",
                schema: "ppid",
                table: "Objections",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RequestDocuments_RequestId",
                schema: "ppid",
                table: "RequestDocuments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_AgencyId_Status_DueOn",
                schema: "ppid",
                table: "Requests",
                columns: new[] { "AgencyId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Requests_ApplicantUserId",
                schema: "ppid",
                table: "Requests",
                column: "ApplicantUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_IdempotencyKey",
                schema: "ppid",
                table: "Requests",
                column: "IdempotencyKey",
                unique: true,
                filter: "IdempotencyKey IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Number",
                schema: "ppid",
                table: "Requests",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_NumberAgencyId_NumberYear_Sequence",
                schema: "ppid",
                table: "Requests",
                columns: new[] { "NumberAgencyId", "NumberYear", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Requests_SourceSubmissionId",
                schema: "ppid",
                table: "Requests",
                column: "SourceSubmissionId",
                unique: true,
                filter: "SourceSubmissionId IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Requests_Status_DueOn",
                schema: "ppid",
                table: "Requests",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Holidays",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "Objections",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "RequestDocuments",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "RequestNotices",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "RequestSteps",
                schema: "ppid");

            migrationBuilder.DropTable(
                name: "Requests",
                schema: "ppid");

            migrationBuilder.DropColumn(
                name: "IsOfficer",
                schema: "ppid",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "IsSupervisor",
                schema: "ppid",
                table: "Officers");

            migrationBuilder.DropColumn(
                name: "ProvinceWide",
                schema: "ppid",
                table: "Officers");
        }
    }
}
