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
    public static string Text(ApiLanguage lang, InputFault fault) => Format(lang, fault.Problem.ToString(), [.. fault.Facts]);

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

    private static string Format(ApiLanguage lang, string key, params object?[] args)
    {
        var culture = ListText.Culture(lang);
        var format = Catalogue.GetString(key, culture) ?? throw new InvalidOperationException($"The input problems' catalogue has no entry '{key}'.");
        return string.Format(culture, format, args);
    }
}
