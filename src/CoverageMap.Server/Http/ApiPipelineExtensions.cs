using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace CoverageMap.Server.Http;

/// <summary>The API's plumbing: localized ProblemDetails, compression, CORS, rate limiting.</summary>
internal static class ApiPipelineExtensions
{
    public static IServiceCollection AddApiPlumbing(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddTrustedForwardedHeaders(configuration);
        // Before AddProblemDetails: the first writer that can write is used, and this one always can.
        services.AddSingleton<IProblemDetailsWriter, ApiProblemDetailsWriter>();
        services.AddProblemDetails();
        services.Configure<KestrelServerOptions>(o =>
        {
            // Kestrel rejects a request over its limits before any middleware runs, with an empty body; the
            // application's own limits (RequestLimitsMiddleware) are lower, so such a request gets a problem.
            o.Limits.MaxRequestLineSize = RequestLimitsMiddleware.KestrelRequestLineSize;
            o.Limits.MaxRequestHeadersTotalSize = RequestLimitsMiddleware.KestrelHeadersTotalSize;
            o.Limits.MaxRequestHeaderCount = RequestLimitsMiddleware.KestrelHeaderCount;
            // What Kestrel still rejects itself (past those limits, %00 or raw non-ASCII bytes in the target, garbage)
            // gets a problem body on its way out.
            var rejections = new KestrelRejections();
            o.ConfigureEndpointDefaults(listen => KestrelRejectionPipe.Use(listen, rejections));
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
        app.UseTrustedForwardedHeaders();
        app.UseMiddleware<ResponseHeadersMiddleware>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestLimitsMiddleware>();
        app.UseResponseCompression();
        app.UseCors();
        app.UseRateLimiter();
        return app;
    }
}
