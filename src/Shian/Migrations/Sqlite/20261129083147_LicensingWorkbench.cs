using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RecordedAt",
                table: "licensing_post_approval_check",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RecordedBy",
                table: "licensing_post_approval_check",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FlagReason",
                table: "licensing_licence",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "FlaggedForReview",
                table: "licensing_licence",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OperatorName",
                table: "licensing_application",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReviewReason",
                table: "licensing_application",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReviewedAt",
                table: "licensing_application",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ReviewedBy",
                table: "licensing_application",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReviewerName",
                table: "licensing_application",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "licensing_material",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialKey = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Length = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_licensing_material", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "licensing_site_verification",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OperatorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PremisesAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JurisdictionCode = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Instructions = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    RequestedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequestedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: true)
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
