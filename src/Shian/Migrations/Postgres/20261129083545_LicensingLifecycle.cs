using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LicensingLifecycle : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.AlterColumn<string>(
                name: "Prefix",
                table: "licensing_number_counter",
                type: "character varying(9)",
                maxLength: 9,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);
        }
    }
}
