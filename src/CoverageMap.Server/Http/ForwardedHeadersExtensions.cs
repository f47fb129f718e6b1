using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CoverageMap.Server.Http;

/// <summary>
/// <c>X-Forwarded-For</c>/<c>-Proto</c> are believed only from the proxies named in
/// <c>CoverageMap:ForwardedHeaders:KnownProxies</c> (addresses or CIDR networks, comma-separated; default none).
/// ASP.NET Core's <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c> trusts every sender, so a client reaching Kestrel
/// directly could pick its own address and escape the per-IP rate limit; the options are post-configured here so that
/// switch, too, trusts only the configured proxies. Stateless.
/// </summary>
internal static class ForwardedHeadersExtensions
{
    /// <summary>The setting naming the trusted proxies.</summary>
    public const string KnownProxiesKey = "CoverageMap:ForwardedHeaders:KnownProxies";

    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var (proxies, networks) = Parse(configuration[KnownProxiesKey]);
        services.PostConfigure<ForwardedHeadersOptions>(o =>
        {
            // Empty lists mean "trust every sender" to the middleware, so with no proxy configured it reads no header at all.
            o.ForwardedHeaders = proxies.Count + networks.Count > 0 ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies) o.KnownProxies.Add(p);
            foreach (var n in networks) o.KnownIPNetworks.Add(n);
        });
        return services;
    }

    /// <summary>Applies forwarded headers when proxies are configured (then the environment switch is not needed).</summary>
    public static WebApplication UseTrustedForwardedHeaders(this WebApplication app)
    {
        if (Parse(app.Configuration[KnownProxiesKey]) is { Proxies.Count: > 0 } or { Networks.Count: > 0 }) app.UseForwardedHeaders();
        return app;
    }

    private static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks) Parse(string? value)
    {
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var item in (value ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (item.Contains('/', StringComparison.Ordinal) && System.Net.IPNetwork.TryParse(item, out var network)) networks.Add(network);
            else if (IPAddress.TryParse(item, out var address)) proxies.Add(address);
            else throw new InvalidOperationException($"{KnownProxiesKey}: '{item}' is neither an IP address nor a CIDR network.");
        }
        return (proxies, networks);
    }
}
