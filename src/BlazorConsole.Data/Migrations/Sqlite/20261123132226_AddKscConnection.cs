using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BlazorConsole.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 253, nullable: false),
                    Port = table.Column<int>(type: "INTEGER", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ProtectedPassword = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: false),
                    IntegrationServerAddress = table.Column<string>(type: "TEXT", maxLength: 253, nullable: true),
                    PinnedThumbprint = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: true),
                    PinnedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PinnedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Tested = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Updated = table.Column<long>(type: "INTEGER", nullable: false)
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
