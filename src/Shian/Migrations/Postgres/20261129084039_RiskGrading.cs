using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RiskGrading : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }
    }
}
