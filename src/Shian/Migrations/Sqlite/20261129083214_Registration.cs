using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Sqlite
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TrackingNumber = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SecretCipher = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    EntityType = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    LegalRepresentativeIdCipher = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LegalRepresentativeIdMasked = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    BusinessScope = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ChecksJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecisionDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Public = table.Column<bool>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedByName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdempotencyScope = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    DecisionReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DocumentVerificationCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_registration_application", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "registration_code_counter",
                columns: table => new
                {
                    DistrictCode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Last = table.Column<long>(type: "INTEGER", nullable: false)
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
