using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.FileProviders;

namespace CoverageMap.Server.Http;

/// <summary>
/// Lets the server find its own content wherever it is started from. Started as
/// <c>dotnet src/CoverageMap.Server/bin/Release/net10.0/CoverageMap.Server.dll</c> from the repository root, the
/// content root is the working directory, which holds neither the page nor <c>appsettings.json</c>; then the copies
/// the build puts beside the assembly (<see cref="AppContext.BaseDirectory"/>) are used. Quiet framework logging is the
/// default even with no <c>appsettings.json</c> at all (lowest precedence: any setting overrides it). Stateless.
/// </summary>
internal static class AppContentExtensions
{
    /// <summary>The logging defaults: the app at Information, ASP.NET Core's per-request chatter at Warning.</summary>
    public static readonly IReadOnlyDictionary<string, string?> LoggingDefaults = new Dictionary<string, string?>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
    };

    public static WebApplicationBuilder UseAppContent(this WebApplicationBuilder builder)
    {
        var env = builder.Environment;
        var baseDir = AppContext.BaseDirectory;
        var sources = builder.Configuration.Sources;
        sources.Insert(0, new MemoryConfigurationSource { InitialData = LoggingDefaults });

        var ownSettings = Path.Combine(baseDir, "appsettings.json");
        if (!File.Exists(Path.Combine(env.ContentRootPath, "appsettings.json")) && File.Exists(ownSettings))
        {
            // Just above the defaults: environment variables and the command line still win, as with a content-root file.
            var json = new JsonConfigurationSource { Path = "appsettings.json", Optional = true, FileProvider = new PhysicalFileProvider(baseDir) };
            sources.Insert(1, json);
        }

        var ownWebRoot = Path.Combine(baseDir, "wwwroot");
        if (!File.Exists(Path.Combine(env.WebRootPath ?? Path.Combine(env.ContentRootPath, "wwwroot"), "index.html")) && File.Exists(Path.Combine(ownWebRoot, "index.html")))
        {
            env.WebRootPath = ownWebRoot;
            env.WebRootFileProvider = new PhysicalFileProvider(ownWebRoot);
        }
        return builder;
    }
}
