using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorConsole.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddMdrIntegration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MdrConnections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IntegrationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BaseUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ConnectionName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    TenantScope = table.Column<string>(type: "TEXT", nullable: true),
                    ProtectedRefreshToken = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: false),
                    ProtectedAccessToken = table.Column<string>(type: "TEXT", maxLength: 8192, nullable: true),
                    AccessTokenExpires = table.Column<long>(type: "INTEGER", nullable: true),
                    RefreshTokenExpires = table.Column<long>(type: "INTEGER", nullable: true),
                    TokenVersion = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    StatusMessage = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    Cursor = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSyncAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SyncEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Ticketing = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Created = table.Column<long>(type: "INTEGER", nullable: false),
                    Updated = table.Column<long>(type: "INTEGER", nullable: false),
                    ExchangeClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdrConnections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdrConnections_AutotaskIntegrations_IntegrationId",
                        column: x => x.IntegrationId,
                        principalTable: "AutotaskIntegrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MdrSyncedIncidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    MdrTenantName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    IncidentCreated = table.Column<long>(type: "INTEGER", nullable: false),
                    IncidentUpdated = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstSeen = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    TicketCreateStarted = table.Column<long>(type: "INTEGER", nullable: true),
                    TicketId = table.Column<long>(type: "INTEGER", nullable: true),
                    TicketNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CompanyId = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1024, nullable: true),
                    LastAttempt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdrSyncedIncidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdrSyncedIncidents_MdrConnections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "MdrConnections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MdrTenantMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConnectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MdrTenantName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MappedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Mapped = table.Column<long>(type: "INTEGER", nullable: false),
                    MdrTenantKey = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdrTenantMappings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdrTenantMappings_MdrConnections_ConnectionId",
                        column: x => x.ConnectionId,
                        principalTable: "MdrConnections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MdrTenantMappings_Tenants_TenantId",
                        column: x => x.TenantId,
                        principalTable: "Tenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MdrTicketNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SyncedIncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 160, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 250, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 32000, nullable: false),
                    SourceTime = table.Column<long>(type: "INTEGER", nullable: false),
                    SendStarted = table.Column<long>(type: "INTEGER", nullable: true),
                    NoteId = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MdrTicketNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MdrTicketNotes_MdrSyncedIncidents_SyncedIncidentId",
                        column: x => x.SyncedIncidentId,
                        principalTable: "MdrSyncedIncidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MdrConnections_IntegrationId",
                table: "MdrConnections",
                column: "IntegrationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MdrSyncedIncidents_ConnectionId_IncidentId",
                table: "MdrSyncedIncidents",
                columns: new[] { "ConnectionId", "IncidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MdrSyncedIncidents_ConnectionId_IncidentUpdated",
                table: "MdrSyncedIncidents",
                columns: new[] { "ConnectionId", "IncidentUpdated" });

            migrationBuilder.CreateIndex(
                name: "IX_MdrSyncedIncidents_ConnectionId_State_DueAt",
                table: "MdrSyncedIncidents",
                columns: new[] { "ConnectionId", "State", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MdrTenantMappings_ConnectionId_MdrTenantKey",
                table: "MdrTenantMappings",
                columns: new[] { "ConnectionId", "MdrTenantKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MdrTenantMappings_ConnectionId_TenantId",
                table: "MdrTenantMappings",
                columns: new[] { "ConnectionId", "TenantId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MdrTenantMappings_TenantId",
                table: "MdrTenantMappings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_MdrTicketNotes_SyncedIncidentId_SourceId",
                table: "MdrTicketNotes",
                columns: new[] { "SyncedIncidentId", "SourceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MdrTenantMappings");

            migrationBuilder.DropTable(
                name: "MdrTicketNotes");

            migrationBuilder.DropTable(
                name: "MdrSyncedIncidents");

            migrationBuilder.DropTable(
                name: "MdrConnections");
        }
    }
}
