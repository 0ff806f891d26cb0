using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Licensing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "licensing_application",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    PremisesAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    BusinessType = table.Column<int>(type: "integer", nullable: false),
                    BusinessItems = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LegalRepresentativeIdMasked = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    KeyStaffIdsMasked = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Commitment = table.Column<bool>(type: "boolean", nullable: false),
                    MaterialsJson = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RulesJson = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecisionDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LicenceId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_application", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licensing_licence",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PremisesAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    BusinessType = table.Column<int>(type: "integer", nullable: false),
                    BusinessItems = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ByCommitment = table.Column<bool>(type: "boolean", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_licence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licensing_number_counter",
                columns: table => new
                {
                    Prefix = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Last = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_number_counter", x => x.Prefix);
                });

            migrationBuilder.CreateTable(
                name: "licensing_post_approval_check",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    LicenceId = table.Column<Guid>(type: "uuid", nullable: false),
                    LicenceNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PremisesAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_post_approval_check", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_licensing_application_JurisdictionCode",
                table: "licensing_application",
                column: "JurisdictionCode");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_application_OperatorId",
                table: "licensing_application",
                column: "OperatorId");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_application_SubmittedBy_IdempotencyKey",
                table: "licensing_application",
                columns: new[] { "SubmittedBy", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licensing_licence_Number",
                table: "licensing_licence",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_licensing_licence_OperatorId",
                table: "licensing_licence",
                column: "OperatorId");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_licence_PremisesAddress_BusinessType",
                table: "licensing_licence",
                columns: new[] { "PremisesAddress", "BusinessType" });

            migrationBuilder.CreateIndex(
                name: "IX_licensing_post_approval_check_JurisdictionCode_DueOn",
                table: "licensing_post_approval_check",
                columns: new[] { "JurisdictionCode", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "licensing_application");

            migrationBuilder.DropTable(
                name: "licensing_licence");

            migrationBuilder.DropTable(
                name: "licensing_number_counter");

            migrationBuilder.DropTable(
                name: "licensing_post_approval_check");
        }
    }
}
