namespace CoverageMap.Server.Http;

/// <summary>
/// The request-line and header limits, enforced by the application so that a request over them gets a problem body:
/// Kestrel's own limits are set higher (see <see cref="ApiPipelineExtensions"/>), because a request Kestrel rejects
/// itself gets an empty 414/431 before any middleware runs. Over <see cref="MaxTargetLength"/> characters of path and
/// query → 414; over <see cref="MaxHeaderBytes"/> bytes or <see cref="MaxHeaderCount"/> headers → 431. Stateless.
/// </summary>
internal sealed class RequestLimitsMiddleware(RequestDelegate next)
{
    /// <summary>Longest path plus query string, in characters (Kestrel's default request line is 8 KiB).</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>Largest total size of the header names and values (Kestrel's default is 32 KiB).</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>Most headers (Kestrel's default is 100).</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>What Kestrel is allowed before it rejects a request itself (with an empty body): twice the app's limits.</summary>
    public const int KestrelRequestLineSize = 2 * MaxTargetLength, KestrelHeadersTotalSize = 2 * MaxHeaderBytes, KestrelHeaderCount = 2 * MaxHeaderCount;

    public Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var request = context.Request;
        if ((request.Path.Value?.Length ?? 0) + (request.QueryString.Value?.Length ?? 0) > MaxTargetLength)
            return Reject(context, problems, StatusCodes.Status414UriTooLong);
        long bytes = 0;
        foreach (var (name, values) in request.Headers)
        {
            bytes += name.Length;
            foreach (var v in values) bytes += v?.Length ?? 0;
        }
        if (bytes > MaxHeaderBytes || request.Headers.Count > MaxHeaderCount)
            return Reject(context, problems, StatusCodes.Status431RequestHeaderFieldsTooLarge);
        return next(context);
    }

    private static Task Reject(HttpContext context, IProblemDetailsService problems, int status)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context }).AsTask();
    }
}
