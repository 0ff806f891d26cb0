using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RandomChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "randomchecks_assignment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PublishBy = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ResultDocumentCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_assignment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_conflict",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeclaredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    WithdrawnAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_conflict", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_inspection_record",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectorUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_inspection_record", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_pool_snapshot",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Canonical = table.Column<string>(type: "TEXT", nullable: false),
                    Targets = table.Column<string>(type: "TEXT", nullable: false),
                    Inspectors = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_pool_snapshot", x => x.RoundId);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_round",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Commitment = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PoolHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PoolSize = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    RecusalCount = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetsToDraw = table.Column<int>(type: "INTEGER", nullable: false),
                    InspectorsPerTarget = table.Column<int>(type: "INTEGER", nullable: false),
                    SeedCipher = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    CommittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CommittedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RevealedSeed = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    DrawnAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DrawnBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FailureMessage = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_round", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_task",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Proportion = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    Count = table.Column<int>(type: "INTEGER", nullable: true),
                    InspectorsPerTarget = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_task", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "randomchecks_assignment_inspector",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_randomchecks_assignment_inspector", x => x.Id);
                    table.ForeignKey(
                        name: "FK_randomchecks_assignment_inspector_randomchecks_assignment_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "randomchecks_assignment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
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
                name: "randomchecks_assignment");
        }
    }
}
