using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace CoverageMap.Server.Http;

/// <summary>The per-client-IP fixed-window limit on <c>/api</c>: 429 with Retry-After and a ProblemDetails body.</summary>
internal static class RateLimitingExtensions
{
    public const string PerClientIp = "per-client-ip";

    /// <summary>A fixed window of <paramref name="permitLimit"/> requests per client IP (none when 0 or less), no queue.</summary>
    public static RateLimitPartition<string> FixedWindowPerClient(HttpContext context, int permitLimit, int windowSeconds)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (permitLimit <= 0) return RateLimitPartition.GetNoLimiter(client);
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = TimeSpan.FromSeconds(Math.Max(1, windowSeconds)),
            QueueLimit = 0,
        });
    }

    public static IServiceCollection AddPerClientRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section);
        return services.AddRateLimiter(o =>
        {
            o.AddPolicy(PerClientIp, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
                return FixedWindowPerClient(context, options.PermitLimit, options.WindowSeconds);
            });
            o.OnRejected = async (ctx, cancellationToken) =>
            {
                var http = ctx.HttpContext;
                int? retryAfter = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : null;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = (retryAfter ?? 1).ToString(CultureInfo.InvariantCulture);
                var lang = ApiLanguageNegotiation.For(http.Request);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = ApiText.TooManyRequestsTitle(lang),
                        Detail = ApiText.TooManyRequests(lang, retryAfter),
                    },
                });
            };
        });
    }
}
