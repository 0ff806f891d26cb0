using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "inspections_checklist",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Sector = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_checklist", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sector = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChecklistId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChecklistVersion = table.Column<int>(type: "integer", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OperatorCreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    PremisesId = table.Column<Guid>(type: "uuid", nullable: true),
                    PremisesAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InspectorIds = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    InspectorNames = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    SourceReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AmendsInspectionId = table.Column<Guid>(type: "uuid", nullable: true),
                    AmendmentReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    KeyItemsFailed = table.Column<int>(type: "integer", nullable: false),
                    GeneralItemsFailed = table.Column<int>(type: "integer", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    Measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RectificationWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    RectificationDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcknowledgedBy = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    RefusedToSign = table.Column<bool>(type: "boolean", nullable: false),
                    RefusalReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SignedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SignedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PublishBy = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordDocumentCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ResultDocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResultDocumentCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_inspection", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    ChecklistItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IsKey = table.Column<bool>(type: "boolean", nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    Citation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AffectsSafety = table.Column<bool>(type: "boolean", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_item", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_penalty_referral",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ProposedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_penalty_referral", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_photo",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_photo", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_reinspection_task",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PremisesId = table.Column<Guid>(type: "uuid", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Measures = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ClosedByInspectionId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_reinspection_task", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "inspections_checklist_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ChecklistId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Area = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IsKey = table.Column<bool>(type: "boolean", nullable: false),
                    Points = table.Column<int>(type: "integer", nullable: false),
                    Citation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inspections_checklist_item", x => x.Id);
                    table.ForeignKey(
                        name: "FK_inspections_checklist_item_inspections_checklist_ChecklistId",
                        column: x => x.ChecklistId,
                        principalTable: "inspections_checklist",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_checklist_Sector_Version",
                table: "inspections_checklist",
                columns: new[] { "Sector", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_checklist_item_ChecklistId",
                table: "inspections_checklist_item",
                column: "ChecklistId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspection_AmendsInspectionId",
                table: "inspections_inspection",
                column: "AmendsInspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspection_JurisdictionCode",
                table: "inspections_inspection",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspection_Number",
                table: "inspections_inspection",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inspections_inspection_OperatorId",
                table: "inspections_inspection",
                column: "OperatorId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_item_InspectionId",
                table: "inspections_item",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_penalty_referral_InspectionId",
                table: "inspections_penalty_referral",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_penalty_referral_Status",
                table: "inspections_penalty_referral",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_photo_InspectionId_ItemId",
                table: "inspections_photo",
                columns: new[] { "InspectionId", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_inspections_photo_Sha256",
                table: "inspections_photo",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_reinspection_task_InspectionId",
                table: "inspections_reinspection_task",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_inspections_reinspection_task_Status_DueOn",
                table: "inspections_reinspection_task",
                columns: new[] { "Status", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inspections_checklist_item");

            migrationBuilder.DropTable(
                name: "inspections_inspection");

            migrationBuilder.DropTable(
                name: "inspections_item");

            migrationBuilder.DropTable(
                name: "inspections_penalty_referral");

            migrationBuilder.DropTable(
                name: "inspections_photo");

            migrationBuilder.DropTable(
                name: "inspections_reinspection_task");

            migrationBuilder.DropTable(
                name: "inspections_checklist");
        }
    }
}
