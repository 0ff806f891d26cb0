using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RevocationWindowsAndGradeFilter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Grades",
                table: "randomchecks_task",
                type: "character varying(7)",
                maxLength: 7,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationDecisionNumber",
                table: "licensing_licence",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Trigger",
                table: "catering_grade",
                type: "character varying(80)",
                maxLength: 80,
                nullable: false,
                defaultValue: "inspection");

            migrationBuilder.AddColumn<string>(
                name: "GradeNote",
                table: "catering_establishment",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "catering_suspension",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    SourceKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Citation = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_catering_suspension", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_catering_suspension_OperatorId",
                table: "catering_suspension",
                column: "OperatorId");

            migrationBuilder.CreateIndex(
                name: "IX_catering_suspension_SourceKey",
                table: "catering_suspension",
                column: "SourceKey",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "catering_suspension");

            migrationBuilder.DropColumn(
                name: "Grades",
                table: "randomchecks_task");

            migrationBuilder.DropColumn(
                name: "RevocationDecisionNumber",
                table: "licensing_licence");

            migrationBuilder.DropColumn(
                name: "Trigger",
                table: "catering_grade");

            migrationBuilder.DropColumn(
                name: "GradeNote",
                table: "catering_establishment");
        }
    }
}
