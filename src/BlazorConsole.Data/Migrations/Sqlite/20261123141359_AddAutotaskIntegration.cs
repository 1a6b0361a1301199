using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAutotaskIntegration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AutotaskIntegrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    ProtectedIntegrationCode = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ZoneName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ValidatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ManagedAccountsLimit = table.Column<int>(type: "INTEGER", nullable: false),
                    UsageRule = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    MinimumDays = table.Column<int>(type: "INTEGER", nullable: false),
                    BillingServiceId = table.Column<long>(type: "INTEGER", nullable: true),
                    MonthlyPush = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    Updated = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutotaskIntegrations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AutotaskUsagePushes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IntegrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<long>(type: "INTEGER", nullable: false),
                    CompanyId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContractId = table.Column<long>(type: "INTEGER", nullable: false),
                    ContractServiceId = table.Column<long>(type: "INTEGER", nullable: false),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    PreviousUnits = table.Column<int>(type: "INTEGER", nullable: true),
                    Adjusted = table.Column<bool>(type: "INTEGER", nullable: false),
                    VmCount = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ErrorCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ErrorMessage = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    PushedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    Completed = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutotaskUsagePushes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AutotaskUsagePushes_AutotaskIntegrations_IntegrationId",
                        column: x => x.IntegrationId,
                        principalTable: "AutotaskIntegrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CompanyMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntegrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CompanyId = table.Column<long>(type: "INTEGER", nullable: false),
                    CompanyName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Confidence = table.Column<double>(type: "REAL", nullable: true),
                    MappedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Mapped = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CompanyMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CompanyMappings_AutotaskIntegrations_IntegrationId",
                        column: x => x.IntegrationId,
                        principalTable: "AutotaskIntegrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CompanyMappings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AutotaskUsagePushes_IntegrationId_Month_TenantId",
                table: "AutotaskUsagePushes",
                columns: new[] { "IntegrationId", "Month", "TenantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompanyMappings_IntegrationId_CompanyId",
                table: "CompanyMappings",
                columns: new[] { "IntegrationId", "CompanyId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompanyMappings_IntegrationId_TenantId",
                table: "CompanyMappings",
                columns: new[] { "IntegrationId", "TenantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CompanyMappings_TenantId",
                table: "CompanyMappings",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AutotaskUsagePushes");

            migrationBuilder.DropTable(
                name: "CompanyMappings");

            migrationBuilder.DropTable(
                name: "AutotaskIntegrations");
        }
    }
}
