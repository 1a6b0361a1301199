using Microsoft.Extensions.FileProviders;

namespace BlazorConsole.Web.Hosting;

/// <summary>
/// Serves <c>wwwroot-assets/**</c> (copied next to the binaries by the project file) under <c>/assets</c>, anonymously.
/// A physical provider rather than linked static web assets: see docs/decisions/0002-assets-physical-file-provider.md.
/// </summary>
internal static class AssetsHosting
{
    public const string RequestPath = "/assets";

    public const string FolderName = "wwwroot-assets";

    public static WebApplication UseConsoleAssets(this WebApplication app)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, FolderName);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The console's assets were not found at '{folder}'; build or publish the BlazorConsole.Web project again.");
        }

        // a branch of its own: an unknown asset is a plain 404, never a redirect to the sign-in page
        app.Map(RequestPath, assets =>
        {
            assets.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(folder),
                OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=3600",
            });
            assets.Run(context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            });
        });
        return app;
    }
}
