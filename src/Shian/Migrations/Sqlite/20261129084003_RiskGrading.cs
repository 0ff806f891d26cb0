using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Sqlite
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
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    RanAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Operators = table.Column<int>(type: "INTEGER", nullable: false),
                    Changed = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_annual_run", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_event",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    InspectionKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    KeyItemsFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneralItemsFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Intentional = table.Column<bool>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_event", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_grade",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    ScoreGrade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    StaticScore = table.Column<double>(type: "REAL", nullable: false),
                    DynamicScore = table.Column<double>(type: "REAL", nullable: false),
                    TotalScore = table.Column<double>(type: "REAL", nullable: false),
                    Priority = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeriousViolationListed = table.Column<bool>(type: "INTEGER", nullable: false),
                    BreakdownJson = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    FirstGradedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GradedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    AdjustmentYear = table.Column<int>(type: "INTEGER", nullable: false),
                    AdjustmentLevels = table.Column<int>(type: "INTEGER", nullable: false),
                    AdjustmentJson = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    CategoryCodes = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_grade", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_grade_history",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    FromGrade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    ToGrade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    FromScore = table.Column<double>(type: "REAL", nullable: true),
                    TotalScore = table.Column<double>(type: "REAL", nullable: false),
                    StaticScore = table.Column<double>(type: "REAL", nullable: false),
                    DynamicScore = table.Column<double>(type: "REAL", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    BreakdownJson = table.Column<string>(type: "TEXT", maxLength: 16000, nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_grade_history", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_plan",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneratedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    GeneratedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OperatorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiredInspections = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    UnassignedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RulesJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_riskgrading_plan", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "riskgrading_plan_item",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Grade = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    TotalScore = table.Column<double>(type: "REAL", nullable: false),
                    Priority = table.Column<bool>(type: "INTEGER", nullable: false),
                    RequiredInspections = table.Column<int>(type: "INTEGER", nullable: false),
                    FullCoverageRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    InspectorUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    InspectorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
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
