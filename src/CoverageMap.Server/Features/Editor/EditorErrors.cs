using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoverageMap.Server.Features.Editor;

/// <summary>The field errors of one editor request, each a sentence of the catalogue; becomes a 400 validation
/// problem. Not thread-safe (one per request).</summary>
internal sealed class EditorErrors
{
    private readonly List<(string Field, string Message)> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message) => _errors.Add((field, message));

    public ValidationProblem ToProblem(ApiLanguage lang) => TypedResults.ValidationProblem(
        _errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
        detail: string.Join(" ", _errors.Select(e => e.Message).Distinct()),
        title: ApiText.ValidationTitle(lang));
}
