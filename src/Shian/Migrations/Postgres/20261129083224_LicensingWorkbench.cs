using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LicensingWorkbench : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Notes",
                table: "licensing_post_approval_check",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RecordedAt",
                table: "licensing_post_approval_check",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "licensing_post_approval_check",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FlagReason",
                table: "licensing_licence",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FlaggedForReview",
                table: "licensing_licence",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OperatorName",
                table: "licensing_application",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReviewReason",
                table: "licensing_application",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReviewedAt",
                table: "licensing_application",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewedBy",
                table: "licensing_application",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerName",
                table: "licensing_application",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "licensing_material",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    MaterialKey = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_material", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licensing_site_verification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorId = table.Column<Guid>(type: "uuid", nullable: false),
                    OperatorName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PremisesAddress = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Instructions = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RequestedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_site_verification", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_licensing_material_ApplicationId",
                table: "licensing_material",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_material_OperatorId",
                table: "licensing_material",
                column: "OperatorId");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_site_verification_ApplicationId",
                table: "licensing_site_verification",
                column: "ApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_licensing_site_verification_JurisdictionCode_Status",
                table: "licensing_site_verification",
                columns: new[] { "JurisdictionCode", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "licensing_material");

            migrationBuilder.DropTable(
                name: "licensing_site_verification");

            migrationBuilder.DropColumn(
                name: "Notes",
                table: "licensing_post_approval_check");

            migrationBuilder.DropColumn(
                name: "RecordedAt",
                table: "licensing_post_approval_check");

            migrationBuilder.DropColumn(
                name: "RecordedBy",
                table: "licensing_post_approval_check");

            migrationBuilder.DropColumn(
                name: "FlagReason",
                table: "licensing_licence");

            migrationBuilder.DropColumn(
                name: "FlaggedForReview",
                table: "licensing_licence");

            migrationBuilder.DropColumn(
                name: "OperatorName",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "ReviewReason",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "ReviewedAt",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "ReviewedBy",
                table: "licensing_application");

            migrationBuilder.DropColumn(
                name: "ReviewerName",
                table: "licensing_application");
        }
    }
}
