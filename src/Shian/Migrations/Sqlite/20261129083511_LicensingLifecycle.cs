using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LicensingLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "EndReason",
                table: "licensing_licence",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "licensing_licence",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FoodCategory",
                table: "licensing_licence",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "LegalRepresentative",
                table: "licensing_licence",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DetailsJson",
                table: "licensing_application",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FoodCategory",
                table: "licensing_application",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SiteReviewNote",
                table: "licensing_application",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "TargetLicenceId",
                table: "licensing_application",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "licensing_filing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PremisesAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Items = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_filing", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licensing_reminder",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LicenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Milestone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ForValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_reminder", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "operators_inbox_message",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    PostedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    ReadAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_operators_inbox_message", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_licensing_licence_Status_ValidUntil",
                table: "licensing_licence",
                columns: new[] { "Status", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_licensing_application_TargetLicenceId",
                table: "licensing_application",
                column: "TargetLicenceId");

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
                name: "IX_licensing_reminder_LicenceId_Milestone_ForValidUntil",
                table: "licensing_reminder",
                columns: new[] { "LicenceId", "Milestone", "ForValidUntil" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_operators_inbox_message_OperatorId_PostedAt",
                table: "operators_inbox_message",
                columns: new[] { "OperatorId", "PostedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "licensing_filing");

            migrationBuilder.DropTable(
                name: "licensing_reminder");

            migrationBuilder.DropTable(
                name: "operators_inbox_message");

            migrationBuilder.DropIndex(
                name: "IX_licensing_licence_Status_ValidUntil",
                table: "licensing_licence");

            migrationBuilder.DropIndex(
                name: "IX_licensing_application_TargetLicenceId",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "EndReason",
                table: "licensing_licence");

            migrationBuilder.DropColumn(
                name: "EndedOn",
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
                name: "SiteReviewNote",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "TargetLicenceId",
                table: "licensing_application");
        }
    }
}
