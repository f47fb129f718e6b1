using Microsoft.AspNetCore.ResponseCompression;

namespace CoverageMap.Server.Http;

/// <summary>The API's plumbing: localized ProblemDetails, compression, CORS, rate limiting.</summary>
internal static class ApiPipelineExtensions
{
    public static IServiceCollection AddApiPlumbing(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            // Problems the framework makes (unknown route, wrong method…) get a title in the client's language.
            if (ctx.ProblemDetails.Detail is null && ctx.ProblemDetails.Status is int status &&
                ApiText.StatusTitle(ApiLanguageNegotiation.For(ctx.HttpContext.Request), status) is string title)
                ctx.ProblemDetails.Title = title;
        });
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true; // bodies hold no secrets, so BREACH-style attacks gain nothing
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/geo+json", "application/problem+json", "text/csv"];
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            o.SerializerOptions.Encoder = ApiJson.Encoder;
            o.SerializerOptions.Converters.Add(ApiJson.Enums);
            // Numbers are written as numbers; the web default of reading them from strings would make the OpenAPI
            // document type every number "number or string" (no endpoint binds a JSON body through these options).
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.AddApiCors();
        services.AddPerClientRateLimiting();
        return services;
    }

    public static WebApplication UseApiPlumbing(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseResponseCompression();
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }
}
