using CoverageMap.Core.Areas;
using CoverageMap.Core.Lookup;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoverageMap.Server.Datasets;

/// <summary>Registers the dataset seam: the <see cref="ActiveDatasetHolder"/> and where datasets come from.</summary>
internal static class DatasetServiceCollectionExtensions
{
    /// <summary>
    /// Adds the <see cref="ActiveDatasetHolder"/> singleton, the start-up activation, and — unless an
    /// <see cref="IDatasetSource"/> is already registered — the <see cref="EmptyDatasetSource"/> placeholder.
    /// A source registered later with <c>AddSingleton&lt;IDatasetSource, …&gt;()</c> also wins (last registration).
    /// </summary>
    public static IServiceCollection AddDatasets(this IServiceCollection services)
    {
        services.AddSingleton<ActiveDatasetHolder>();
        services.TryAddSingleton<IDatasetSource, EmptyDatasetSource>();
        services.AddHostedService<DatasetActivationService>();
        return services;
    }
}
