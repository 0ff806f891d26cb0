using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shian.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OperatorSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_operators_operator_Name",
                table: "operators_operator");

            migrationBuilder.CreateIndex(
                name: "IX_operators_operator_Name_SearchText",
                table: "operators_operator",
                columns: new[] { "Name", "SearchText" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_operators_operator_Name_SearchText",
                table: "operators_operator");

            migrationBuilder.CreateIndex(
                name: "IX_operators_operator_Name",
                table: "operators_operator",
                column: "Name");
        }
    }
}
