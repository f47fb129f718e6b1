using CoverageMap.Core.Areas;
using CoverageMap.Core.Problems;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Store;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;
using Microsoft.Extensions.Options;

namespace CoverageMap.Server.Datasets;

/// <summary>Registers the store (the embedded SQLite file, or PostgreSQL + PostGIS when configured) as the server's dataset source.</summary>
internal static class StoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="DatasetStore"/> on an SQLite file (or on PostgreSQL when <see cref="StoreSettings.Postgres"/> is set), the geodata folder, the store as
    /// <see cref="IDatasetSource"/> and the reload poller. Call after <c>AddDatasets()</c>.
    /// </summary>
    public static IServiceCollection AddStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<StoreSettings>(configuration.GetSection(StoreSettings.Section));
        services.AddSingleton(sp =>
        {
            var s = sp.GetRequiredService<IOptions<StoreSettings>>().Value;
            try
            {
                return new GeodataLocation(GeodataFolder.Locate(s.Geodata, environment.ContentRootPath, AppContext.BaseDirectory));
            }
            catch (InputProblemException ex) when (ex.Fault.Problem == InputProblem.GeodataNotFound)
            {
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("CoverageMap.Store").LogWarning("{Message}", InputProblemText.Text(ApiLanguage.En, ex.Fault));
                return new GeodataLocation(null);
            }
        });
        services.AddSingleton(sp =>
        {
            var s = sp.GetRequiredService<IOptions<StoreSettings>>().Value;
            if (!string.IsNullOrWhiteSpace(s.Postgres)) return StoreDatabase.Postgres(s.Postgres);
            var path = s.Database;
            if (string.IsNullOrWhiteSpace(path))
            {
                var root = sp.GetRequiredService<GeodataLocation>().Folder is { } f ? Path.GetDirectoryName(f.Path)! : environment.ContentRootPath;
                path = Path.Combine(root, "data", "coveragemap.db");
            }
            return StoreDatabase.Sqlite(Path.GetFullPath(path, environment.ContentRootPath));
        });
        services.AddSingleton<GeodataHealth>();
        services.AddSingleton(sp => new DatasetStore(sp.GetRequiredService<StoreDatabase>().Options));
        if (configuration.GetValue<int?>("Datasets:Synthetic") is not > 0)
            services.AddSingleton<IDatasetSource, StoreDatasetSource>();
        services.AddHostedService<DatasetReloadService>();
        return services;
    }
}
