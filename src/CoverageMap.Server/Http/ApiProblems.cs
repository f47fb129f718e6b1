using Microsoft.AspNetCore.Http.HttpResults;

namespace CoverageMap.Server.Http;

/// <summary>Builds the RFC 9457 problem results the API returns, in the request's language. Stateless.</summary>
internal static class ApiProblems
{
    /// <summary>A 400 validation problem: <c>errors</c> maps each field to its messages; <c>detail</c> joins them.</summary>
    public static ValidationProblem Validation(IReadOnlyList<FieldError> errors, ApiLanguage lang)
    {
        var byField = errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => ApiText.Describe(e, lang)).ToArray());
        return TypedResults.ValidationProblem(byField,
            detail: string.Join(" ", errors.Select(e => ApiText.Describe(e, lang)).Distinct()),
            title: ApiText.ValidationTitle(lang));
    }

    public static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    public static ProblemHttpResult NotFound(ApiLanguage lang, string what, string id) =>
        Problem(StatusCodes.Status404NotFound, ApiText.NotFoundTitle(lang), ApiText.NotFound(lang, what, id));
}
