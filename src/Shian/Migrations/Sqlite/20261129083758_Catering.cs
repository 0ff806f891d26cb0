using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Catering : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "catering_establishment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    ActiveSince = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LicensedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LatestGradeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DynamicGrade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DynamicScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    AnnualGrade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LastInspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastResult = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catering_establishment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catering_grade",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DynamicGrade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DynamicScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    AnnualGrade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnnualMean = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    AnnualInspectionIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Citation = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PublishedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GradedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    StickerDocumentId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catering_grade", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "catering_inspection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    KeyItemsFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneralItemsFailed = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ResultDocumentCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    DynamicGrade = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catering_inspection", x => x.Id);
                });

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
        }
    }
}
