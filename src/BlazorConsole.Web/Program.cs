using BlazorConsole.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddConsole();

var app = builder.Build();
await app.PrepareConsoleAsync();
app.UseConsole();
await app.RunAsync();
