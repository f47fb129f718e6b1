using System.Globalization;
using System.Resources;
using CoverageMap.Core.Problems;
using CoverageMap.Data.Registry;
using CoverageMap.Server.Features.Lists;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Localization;

/// <summary>
/// What is wrong with an input, for a person: each <see cref="InputProblem"/>'s sentence from one catalogue
/// (<c>Resources/Localization/InputProblems.resx</c>, Polish, and <c>InputProblems.en.resx</c>), its facts filled in —
/// for the CLI's errors and the server's /healthz alike. Stateless; thread-safe.
/// </summary>
internal static class InputProblemText
{
    private static readonly ResourceManager Catalogue =
        new("CoverageMap.Server.Resources.Localization.InputProblems", typeof(InputProblemText).Assembly);

    /// <summary>One fault's sentence.</summary>
    public static string Text(ApiLanguage lang, InputFault fault) => Format(lang, fault.Problem.ToString(), Arguments(lang, fault));

    /// <summary>
    /// What the polygon validator found, in words, and where: <c>samoprzecięcie na szerokości 52.205, długości 21.005</c>
    /// (no place when <paramref name="latitude"/> is empty). <paramref name="error"/> is a name of NTS's
    /// <c>TopologyValidationErrors</c>; another is given as it is.
    /// </summary>
    public static string PolygonFault(ApiLanguage lang, string error, string latitude, string longitude)
    {
        var words = Entry(lang, "PolygonError_" + error) ?? error;
        return latitude.Length == 0 ? words : Format(lang, "PolygonFaultAt", words, latitude, longitude);
    }

    /// <summary>
    /// Every fault of <paramref name="e"/>, one sentence each. A registry file names itself: its one fault on one line
    /// (<c>partnerships.json: Rejestr nie wymienia żadnego partnerstwa.</c>), several after a line that counts them
    /// (<c>partnerships.json: 2 problemy:</c>).
    /// </summary>
    public static IReadOnlyList<string> Lines(ApiLanguage lang, InputProblemException e)
    {
        var lines = e.Faults.Select(f => Text(lang, f)).ToList();
        if (e is not RegistryValidationException r) return lines;
        if (lines.Count == 1) return [r.Path + ": " + lines[0]];
        var culture = ListText.Culture(lang);
        lines.Insert(0, Format(lang, "FileFaults_" + AnswerText.PluralForm(e.Faults.Count, culture), r.Path, e.Faults.Count.ToString("#,0", culture)));
        return lines;
    }

    /// <summary>The catalogue's entry <paramref name="key"/> with its arguments; null when it has none.</summary>
    internal static string? Entry(ApiLanguage lang, string key) => Catalogue.GetString(key, ListText.Culture(lang));

    /// <summary>The sentence's arguments: the facts, those of a polygon fault (error, latitude, longitude) worded as one.</summary>
    private static object?[] Arguments(ApiLanguage lang, InputFault fault) => fault.Problem switch
    {
        InputProblem.AreaInvalidPolygon when fault.Facts.Count >= 5 =>
            [fault.Facts[0], fault.Facts[1], PolygonFault(lang, fault.Facts[2], fault.Facts[3], fault.Facts[4])],
        _ => [.. fault.Facts],
    };

    private static string Format(ApiLanguage lang, string key, params object?[] args)
    {
        var culture = ListText.Culture(lang);
        var format = Catalogue.GetString(key, culture) ?? throw new InvalidOperationException($"The input problems' catalogue has no entry '{key}'.");
        return string.Format(culture, format, args);
    }
}
