using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SupervisionModules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_stored_file",
                table: "platform_stored_file");

            migrationBuilder.AddColumn<Guid>(
                name: "Id",
                table: "platform_stored_file",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "licensing_post_approval_check",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecordedAt",
                table: "licensing_post_approval_check",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "licensing_post_approval_check",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Prefix",
                table: "licensing_number_counter",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(9)",
                oldMaxLength: 9);

            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "licensing_licence",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "licensing_licence",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FlagReason",
                table: "licensing_licence",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FlaggedForReview",
                table: "licensing_licence",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "FoodCategory",
                table: "licensing_licence",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalRepresentative",
                table: "licensing_licence",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DetailsJson",
                table: "licensing_application",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FoodCategory",
                table: "licensing_application",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OperatorName",
                table: "licensing_application",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReviewReason",
                table: "licensing_application",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "licensing_application",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewedBy",
                table: "licensing_application",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerName",
                table: "licensing_application",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SiteReviewNote",
                table: "licensing_application",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TargetLicenceId",
                table: "licensing_application",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_stored_file",
                table: "platform_stored_file",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "catering_establishment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    ActiveSince = table.Column<DateOnly>(type: "date", nullable: false),
                    LicensedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LatestGradeId = table.Column<Guid>(type: "uuid", nullable: true),
                    DynamicGrade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DynamicScore = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    AnnualGrade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LastInspectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastResult = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catering_establishment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catering_grade",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DynamicGrade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DynamicScore = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    AnnualGrade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnnualMean = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    AnnualInspectionIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Note = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Citation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    GradedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StickerDocumentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catering_grade", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catering_inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    KeyItemsFailed = table.Column<int>(type: "integer", nullable: false),
                    GeneralItemsFailed = table.Column<int>(type: "integer", nullable: false),
                    Result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ResultDocumentCode = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    DynamicGrade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catering_inspection", x => x.Id);
                });

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
                name: "licensing_filing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PremisesAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Items = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_filing", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licensing_material",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaterialKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_material", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licensing_reminder",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LicenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Milestone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ForValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_reminder", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licensing_site_verification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PremisesAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Instructions = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_site_verification", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "operators_inbox_message",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    PostedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Module = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ReadAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_operators_inbox_message", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_assignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Result = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PublishBy = table.Column<DateOnly>(type: "date", nullable: true),
                    ResultDocumentCode = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_assignment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_conflict",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeclaredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    WithdrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_conflict", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_inspection_record",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectorUserId = table.Column<Guid>(type: "uuid", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_inspection_record", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_pool_snapshot",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Canonical = table.Column<string>(type: "text", nullable: false),
                    Targets = table.Column<string>(type: "text", nullable: false),
                    Inspectors = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_pool_snapshot", x => x.RoundId);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_round",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Commitment = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PoolHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PoolSize = table.Column<int>(type: "integer", nullable: false),
                    InspectorCount = table.Column<int>(type: "integer", nullable: false),
                    RecusalCount = table.Column<int>(type: "integer", nullable: false),
                    TargetsToDraw = table.Column<int>(type: "integer", nullable: false),
                    InspectorsPerTarget = table.Column<int>(type: "integer", nullable: false),
                    SeedCipher = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    CommittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CommittedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RevealedSeed = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    DrawnAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DrawnBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FailureMessage = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_round", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_task",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Proportion = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Count = table.Column<int>(type: "integer", nullable: true),
                    InspectorsPerTarget = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_task", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_application",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TrackingNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SecretCipher = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    LegalRepresentativeIdCipher = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LegalRepresentativeIdMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    PhoneCipher = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    PhoneMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    BusinessScope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ChecksJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecisionDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Public = table.Column<bool>(type: "boolean", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    SubmittedByName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdempotencyScope = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: true),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true),
                    DocumentVerificationCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_application", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_code_counter",
                columns: table => new
                {
                    DistrictCode = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_code_counter", x => x.DistrictCode);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_annual_run",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    RanAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Operators = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_annual_run", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Result = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    InspectionKind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    KeyItemsFailed = table.Column<int>(type: "integer", nullable: false),
                    GeneralItemsFailed = table.Column<int>(type: "integer", nullable: false),
                    Detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Intentional = table.Column<bool>(type: "boolean", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_event", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_grade",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    ScoreGrade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    StaticScore = table.Column<double>(type: "double precision", nullable: false),
                    DynamicScore = table.Column<double>(type: "double precision", nullable: false),
                    TotalScore = table.Column<double>(type: "double precision", nullable: false),
                    Priority = table.Column<bool>(type: "boolean", nullable: false),
                    SeriousViolationListed = table.Column<bool>(type: "boolean", nullable: false),
                    BreakdownJson = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    FirstGradedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GradedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    AdjustmentYear = table.Column<int>(type: "integer", nullable: false),
                    AdjustmentLevels = table.Column<int>(type: "integer", nullable: false),
                    AdjustmentJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    CategoryCodes = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_grade", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_grade_history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FromGrade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: true),
                    ToGrade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    FromScore = table.Column<double>(type: "double precision", nullable: true),
                    TotalScore = table.Column<double>(type: "double precision", nullable: false),
                    StaticScore = table.Column<double>(type: "double precision", nullable: false),
                    DynamicScore = table.Column<double>(type: "double precision", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    BreakdownJson = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    ActorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_grade_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    GeneratedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    GeneratedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    OperatorCount = table.Column<int>(type: "integer", nullable: false),
                    RequiredInspections = table.Column<int>(type: "integer", nullable: false),
                    InspectorCount = table.Column<int>(type: "integer", nullable: false),
                    UnassignedCount = table.Column<int>(type: "integer", nullable: false),
                    RulesJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_plan_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    TotalScore = table.Column<double>(type: "double precision", nullable: false),
                    Priority = table.Column<bool>(type: "boolean", nullable: false),
                    RequiredInspections = table.Column<int>(type: "integer", nullable: false),
                    FullCoverageRequired = table.Column<bool>(type: "boolean", nullable: false),
                    InspectorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    InspectorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_plan_item", x => x.Id);
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

            migrationBuilder.CreateTable(
                name: "randomchecks_assignment_inspector",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_assignment_inspector", x => x.Id);
                    table.ForeignKey(
                        name: "FK_randomchecks_assignment_inspector_randomchecks_assignment_A~",
                        column: x => x.AssignmentId,
                        principalTable: "randomchecks_assignment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_platform_stored_file_Sha256",
                table: "platform_stored_file",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_licence_Status_ValidUntil",
                table: "licensing_licence",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_licensing_application_TargetLicenceId",
                table: "licensing_application",
                column: "TargetLicenceId");

            migrationBuilder.CreateIndex(
                name: "IX_catering_establishment_JurisdictionCode",
                table: "catering_establishment",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_catering_establishment_OperatorId",
                table: "catering_establishment",
                column: "OperatorId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catering_grade_OperatorId_GradedAt",
                table: "catering_grade",
                columns: new[] { "OperatorId", "GradedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_catering_inspection_InspectionId",
                table: "catering_inspection",
                column: "InspectionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_catering_inspection_OperatorId_InspectedOn",
                table: "catering_inspection",
                columns: new[] { "OperatorId", "InspectedOn" });

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

            migrationBuilder.CreateIndex(
                name: "IX_licensing_filing_Number",
                table: "licensing_filing",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licensing_filing_OperatorId",
                table: "licensing_filing",
                column: "OperatorId");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_filing_PremisesAddress",
                table: "licensing_filing",
                column: "PremisesAddress");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_filing_SubmittedBy_IdempotencyKey",
                table: "licensing_filing",
                columns: new[] { "SubmittedBy", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licensing_material_ApplicationId",
                table: "licensing_material",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_material_OperatorId",
                table: "licensing_material",
                column: "OperatorId");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_reminder_LicenceId_Milestone_ForValidUntil",
                table: "licensing_reminder",
                columns: new[] { "LicenceId", "Milestone", "ForValidUntil" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licensing_site_verification_ApplicationId",
                table: "licensing_site_verification",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_site_verification_JurisdictionCode_Status",
                table: "licensing_site_verification",
                columns: new[] { "JurisdictionCode", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_operators_inbox_message_OperatorId_PostedAt",
                table: "operators_inbox_message",
                columns: new[] { "OperatorId", "PostedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_randomchecks_assignment_TaskId_OperatorId",
                table: "randomchecks_assignment",
                columns: new[] { "TaskId", "OperatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_randomchecks_assignment_TaskId_RoundId_Position",
                table: "randomchecks_assignment",
                columns: new[] { "TaskId", "RoundId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_randomchecks_assignment_inspector_AssignmentId",
                table: "randomchecks_assignment_inspector",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_randomchecks_assignment_inspector_UserId",
                table: "randomchecks_assignment_inspector",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_randomchecks_conflict_InspectorUserId_OperatorId",
                table: "randomchecks_conflict",
                columns: new[] { "InspectorUserId", "OperatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_randomchecks_inspection_record_InspectedOn_InspectorUserId",
                table: "randomchecks_inspection_record",
                columns: new[] { "InspectedOn", "InspectorUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_randomchecks_inspection_record_InspectionId_InspectorUserId",
                table: "randomchecks_inspection_record",
                columns: new[] { "InspectionId", "InspectorUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_randomchecks_round_TaskId_Number",
                table: "randomchecks_round",
                columns: new[] { "TaskId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_randomchecks_task_JurisdictionCode_CreatedAt",
                table: "randomchecks_task",
                columns: new[] { "JurisdictionCode", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_registration_application_CreditCode",
                table: "registration_application",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_application_DistrictCode_NormalizedName",
                table: "registration_application",
                columns: new[] { "DistrictCode", "NormalizedName" });

            migrationBuilder.CreateIndex(
                name: "IX_registration_application_IdempotencyScope_IdempotencyKey",
                table: "registration_application",
                columns: new[] { "IdempotencyScope", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_registration_application_JurisdictionCode_Status_SubmittedAt",
                table: "registration_application",
                columns: new[] { "JurisdictionCode", "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_registration_application_TrackingNumber",
                table: "registration_application",
                column: "TrackingNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_riskgrading_event_Kind_OccurredOn",
                table: "riskgrading_event",
                columns: new[] { "Kind", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_riskgrading_event_OperatorId_OccurredOn",
                table: "riskgrading_event",
                columns: new[] { "OperatorId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_riskgrading_event_SourceKey",
                table: "riskgrading_event",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_riskgrading_grade_JurisdictionCode_Grade",
                table: "riskgrading_grade",
                columns: new[] { "JurisdictionCode", "Grade" });

            migrationBuilder.CreateIndex(
                name: "IX_riskgrading_grade_OperatorId",
                table: "riskgrading_grade",
                column: "OperatorId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_riskgrading_grade_history_OperatorId_At",
                table: "riskgrading_grade_history",
                columns: new[] { "OperatorId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_riskgrading_plan_JurisdictionCode_Year",
                table: "riskgrading_plan",
                columns: new[] { "JurisdictionCode", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_riskgrading_plan_item_PlanId_InspectorUserId",
                table: "riskgrading_plan_item",
                columns: new[] { "PlanId", "InspectorUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_riskgrading_plan_item_PlanId_JurisdictionCode",
                table: "riskgrading_plan_item",
                columns: new[] { "PlanId", "JurisdictionCode" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catering_establishment");

            migrationBuilder.DropTable(
                name: "catering_grade");

            migrationBuilder.DropTable(
                name: "catering_inspection");

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
                name: "licensing_filing");

            migrationBuilder.DropTable(
                name: "licensing_material");

            migrationBuilder.DropTable(
                name: "licensing_reminder");

            migrationBuilder.DropTable(
                name: "licensing_site_verification");

            migrationBuilder.DropTable(
                name: "operators_inbox_message");

            migrationBuilder.DropTable(
                name: "randomchecks_assignment_inspector");

            migrationBuilder.DropTable(
                name: "randomchecks_conflict");

            migrationBuilder.DropTable(
                name: "randomchecks_inspection_record");

            migrationBuilder.DropTable(
                name: "randomchecks_pool_snapshot");

            migrationBuilder.DropTable(
                name: "randomchecks_round");

            migrationBuilder.DropTable(
                name: "randomchecks_task");

            migrationBuilder.DropTable(
                name: "registration_application");

            migrationBuilder.DropTable(
                name: "registration_code_counter");

            migrationBuilder.DropTable(
                name: "riskgrading_annual_run");

            migrationBuilder.DropTable(
                name: "riskgrading_event");

            migrationBuilder.DropTable(
                name: "riskgrading_grade");

            migrationBuilder.DropTable(
                name: "riskgrading_grade_history");

            migrationBuilder.DropTable(
                name: "riskgrading_plan");

            migrationBuilder.DropTable(
                name: "riskgrading_plan_item");

            migrationBuilder.DropTable(
                name: "inspections_checklist");

            migrationBuilder.DropTable(
                name: "randomchecks_assignment");

            migrationBuilder.DropPrimaryKey(
                name: "PK_platform_stored_file",
                table: "platform_stored_file");

            migrationBuilder.DropIndex(
                name: "IX_platform_stored_file_Sha256",
                table: "platform_stored_file");

            migrationBuilder.DropIndex(
                name: "IX_licensing_licence_Status_ValidUntil",
                table: "licensing_licence");

            migrationBuilder.DropIndex(
                name: "IX_licensing_application_TargetLicenceId",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "platform_stored_file");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "licensing_post_approval_check");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "licensing_post_approval_check");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "licensing_post_approval_check");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "licensing_licence");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "licensing_licence");

            migrationBuilder.DropColumn(
                name: "FlagReason",
                table: "licensing_licence");

            migrationBuilder.DropColumn(
                name: "FlaggedForReview",
                table: "licensing_licence");

            migrationBuilder.DropColumn(
                name: "FoodCategory",
                table: "licensing_licence");

            migrationBuilder.DropColumn(
                name: "LegalRepresentative",
                table: "licensing_licence");

            migrationBuilder.DropColumn(
                name: "DetailsJson",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "FoodCategory",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "OperatorName",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "ReviewReason",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "ReviewerName",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "SiteReviewNote",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "TargetLicenceId",
                table: "licensing_application");

            migrationBuilder.AlterColumn<string>(
                name: "Prefix",
                table: "licensing_number_counter",
                type: "character varying(9)",
                maxLength: 9,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AddPrimaryKey(
                name: "PK_platform_stored_file",
                table: "platform_stored_file",
                column: "Sha256");
        }
    }
}
