namespace CoverageMap.Server.Http;

/// <summary>
/// CORS: the map and lookups are embedded on other sites, so reads are open to any origin; anything that writes
/// data gets no CORS policy at all (browsers on other origins cannot call it).
/// </summary>
internal static class CorsPolicies
{
    /// <summary>GET/HEAD from any origin, no credentials; ETag and Retry-After exposed.</summary>
    public const string PublicRead = "public-read";

    /// <summary>POST /api/lookup/batch from any origin: a batch is a read (a lookup), it changes nothing.</summary>
    public const string PublicLookup = "public-lookup";

    public static IServiceCollection AddApiCors(this IServiceCollection services) => services.AddCors(o =>
    {
        o.AddPolicy(PublicRead, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD").AllowAnyHeader().WithExposedHeaders("ETag", "Retry-After"));
        o.AddPolicy(PublicLookup, p => p.AllowAnyOrigin().WithMethods("GET", "HEAD", "POST").AllowAnyHeader().WithExposedHeaders("Retry-After"));
    });
}
