using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorConsole.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddKscConnection : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KscConnections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Address = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: false),
                    Port = table.Column<int>(type: "integer", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ProtectedPassword = table.Column<string>(type: "character varying(4096)", maxLength: 4096, nullable: false),
                    IntegrationServerAddress = table.Column<string>(type: "character varying(253)", maxLength: 253, nullable: true),
                    PinnedThumbprint = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    PinnedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PinnedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Tested = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Updated = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KscConnections", x => x.Id);
                    table.CheckConstraint("CK_KscConnections_Single", "\"Id\" = 1");
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KscConnections");
        }
    }
}
