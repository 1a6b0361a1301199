using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TenantFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tenants_Status",
                table: "Tenants");

            migrationBuilder.DropIndex(
                name: "IX_Tenants_Type",
                table: "Tenants");

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Status_NameKey",
                table: "Tenants",
                columns: new[] { "Status", "NameKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Type_NameKey",
                table: "Tenants",
                columns: new[] { "Type", "NameKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Tenants_Status_NameKey",
                table: "Tenants");

            migrationBuilder.DropIndex(
                name: "IX_Tenants_Type_NameKey",
                table: "Tenants");

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Status",
                table: "Tenants",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Tenants_Type",
                table: "Tenants",
                column: "Type");
        }
    }
}
