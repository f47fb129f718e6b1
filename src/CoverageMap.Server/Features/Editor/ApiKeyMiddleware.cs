using CoverageMap.Data.Store;
using CoverageMap.Server.Datasets;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace CoverageMap.Server.Features.Editor;

/// <summary>
/// Checks the API key of an endpoint marked <see cref="RequiresApiKey"/> before its body is read: no key, or one that
/// is malformed, unknown or revoked, is a 401 problem (with <c>WWW-Authenticate: Bearer</c>); a valid key without the
/// scope is a 403 problem; both localized. The key (never its token) is put in <see cref="HttpContext.Items"/> for the
/// handler (<see cref="KeyOf"/>). Other endpoints pass untouched. Thread-safe.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, StoreDatabase database, EditorStoreReadiness readiness, IStringLocalizer<EditorCatalogue> text, IProblemDetailsService problems)
    {
        var required = context.GetEndpoint()?.Metadata.GetMetadata<RequiresApiKey>();
        if (required is null)
        {
            await next(context);
            return;
        }
        await readiness.EnsureAsync(context.RequestAborted);
        var header = context.Request.Headers.Authorization.ToString();
        ApiKeyInfo? key = null;
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            key = await new ApiKeyStore(database.Options).VerifyAsync(header["Bearer ".Length..].Trim(), context.RequestAborted);
        if (key is null)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await Refuse(context, problems, StatusCodes.Status401Unauthorized, text["KeyMissingTitle"], header.Length == 0 ? text["KeyMissing"] : text["KeyInvalid"]);
            return;
        }
        if (required.Scope is { } scope && !key.Has(scope))
        {
            await Refuse(context, problems, StatusCodes.Status403Forbidden, text["ScopeMissingTitle"], text["ScopeMissing", key.Name, scope]);
            return;
        }
        context.Items[typeof(ApiKeyInfo)] = key;
        await next(context);
    }

    /// <summary>The key the middleware verified for this request.</summary>
    public static ApiKeyInfo KeyOf(HttpContext context) =>
        context.Items[typeof(ApiKeyInfo)] as ApiKeyInfo ?? throw new InvalidOperationException("The endpoint is not marked RequiresApiKey.");

    private static async Task Refuse(HttpContext context, IProblemDetailsService problems, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail, Type = ApiProblems.TypeFor(status) },
        });
    }
}
