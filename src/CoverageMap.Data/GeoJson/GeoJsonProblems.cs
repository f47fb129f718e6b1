using System.Text.Json;
using CoverageMap.Core.Problems;

namespace CoverageMap.Data.GeoJson;

/// <summary>The input problems every reader of a GeoJSON file has: it is not JSON, or not a FeatureCollection. Stateless.</summary>
internal static class GeoJsonProblems
{
    /// <summary><see cref="InputProblem.NotJson"/> of <paramref name="file"/>, at the line and position (from 1) where the reader stopped.</summary>
    public static InputProblemException NotJson(string file, JsonException e) =>
        new(InputFault.Of(InputProblem.NotJson, file, JsonPosition.Line(e), JsonPosition.Character(e)), e);

    /// <summary><see cref="InputProblem.NotFeatureCollection"/> of <paramref name="file"/>.</summary>
    public static InputProblemException NotFeatureCollection(string file) => new(InputProblem.NotFeatureCollection, file);
}
