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

    /// <summary>The problem <c>type</c> of a status: the section of RFC 9110 (or RFC 6585 for 428/429/431) defining it.</summary>
    public static string TypeFor(int status) => status switch
    {
        428 => "https://www.rfc-editor.org/rfc/rfc6585#section-3",
        429 => "https://www.rfc-editor.org/rfc/rfc6585#section-4",
        431 => "https://www.rfc-editor.org/rfc/rfc6585#section-5",
        >= 400 and <= 417 => $"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.{status - 399}",
        421 or 422 => $"https://www.rfc-editor.org/rfc/rfc9110#section-15.5.{status - 401}",
        426 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.22",
        >= 500 and <= 505 => $"https://www.rfc-editor.org/rfc/rfc9110#section-15.6.{status - 499}",
        _ => "about:blank",
    };

    public static ProblemHttpResult Problem(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title, type: TypeFor(status), extensions: extensions);

    public static ProblemHttpResult NotFound(ApiLanguage lang, string what, string id) =>
        Problem(StatusCodes.Status404NotFound, ApiText.NotFoundTitle(lang), ApiText.NotFound(lang, what, id));
}
