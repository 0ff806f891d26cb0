using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Registration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registration_application");

            migrationBuilder.DropTable(
                name: "registration_code_counter");
        }
    }
}
