using BlazorConsole.Web.Audit;
using BlazorConsole.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsole();

var app = builder.Build();
if (AuditVerifyCommand.IsRequested(args))
{
    return await AuditVerifyCommand.RunAsync(app, Console.Out);
}

await app.PrepareConsoleAsync();
app.UseConsole();
await app.RunAsync();
return 0;
