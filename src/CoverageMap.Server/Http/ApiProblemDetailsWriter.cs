using Microsoft.AspNetCore.Mvc;

namespace CoverageMap.Server.Http;

/// <summary>
/// Writes every problem the server makes — the API's own, status code pages (404, 405, 415 from routing), the rate
/// limiter's 429, the exception handler's 500 — as <c>application/problem+json</c> whatever the request's
/// <c>Accept</c> says (the framework's writer refuses <c>Accept: text/csv</c> and falls back to <c>text/plain</c>),
/// with <c>type</c>, <c>title</c> and <c>detail</c> filled in the request's language when the maker left them out.
/// Registered before the framework's writer, so it is the one used. Stateless and thread-safe.
/// </summary>
internal sealed class ApiProblemDetailsWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        Complete(problem, http);
        if (!http.Response.HasStarted) http.Response.ContentLength = null;
        // The runtime type: a validation problem keeps its errors.
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), ApiJson.Problem, "application/problem+json", http.RequestAborted));
    }

    /// <summary>Fills status, type, title and detail (in the request's language) where they are missing.</summary>
    public static void Complete(ProblemDetails problem, HttpContext http)
    {
        var status = problem.Status ??= http.Response.StatusCode;
        var lang = ApiLanguageNegotiation.For(http.Request);
        problem.Type ??= ApiProblems.TypeFor(status);
        // The framework's titles are English ("Not Found"): a status the API knows gets its own, in the client's language.
        if (problem.Detail is null && ApiText.StatusTitle(lang, status) is string title) problem.Title = title;
        problem.Title ??= ApiText.StatusTitle(lang, status) ?? ApiText.StatusTitle(lang, status / 100 * 100);
        problem.Detail ??= ApiText.StatusDetail(lang, status, http.Request.Method, http.Request.Path.Value ?? "/", http.Response.Headers.Allow.ToString(), http.Request.ContentType);
    }
}
