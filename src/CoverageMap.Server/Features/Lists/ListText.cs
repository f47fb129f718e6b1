using System.Globalization;
using System.Resources;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;

namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// The sentences and column names of a checked list, from the lists' catalogue (<c>Resources/Localization/Lists.resx</c>,
/// Polish, and <c>Lists.en.resx</c>) in the given language, with Polish plurals (1 wiersz, 2 wiersze, 5 wierszy).
/// Numbers grouped as each language writes them. Stateless and thread-safe.
/// </summary>
internal static class ListText
{
    private static readonly ResourceManager Catalogue =
        new("CoverageMap.Server.Resources.Localization.Lists", typeof(ListText).Assembly);

    internal static CultureInfo Culture(ApiLanguage lang) => CultureInfo.GetCultureInfo(lang == ApiLanguage.En ? "en-GB" : "pl-PL");

    /// <summary>The catalogue's sentence <paramref name="key"/> in <paramref name="lang"/>, its arguments filled in.</summary>
    internal static string Text(ApiLanguage lang, string key, params object?[] args)
    {
        var culture = Culture(lang);
        var format = Catalogue.GetString(key, culture) ?? throw new InvalidOperationException($"The lists' catalogue has no entry '{key}'.");
        return args.Length == 0 ? format : string.Format(culture, format, args);
    }

    /// <summary>A count with its noun in the right plural form (<c>Rows</c>: 1 wiersz, 2 wiersze, 5 wierszy).</summary>
    internal static string Count(ApiLanguage lang, string noun, long n) =>
        Text(lang, noun + "_" + AnswerText.PluralForm((int)Math.Min(n, int.MaxValue), Culture(lang)), Number(lang, n));

    /// <summary>How far the check of a list is: "Sprawdzono 12 000 z 100 000 wierszy", "Checked 12,000 of 100,000 rows";
    /// the noun agrees with the total (z 1 wiersza, z 2 wierszy).</summary>
    internal static string Progress(ApiLanguage lang, long done, long total) =>
        Text(lang, "Progress_" + AnswerText.PluralForm((int)Math.Min(total, int.MaxValue), Culture(lang)), Number(lang, done), Number(lang, total));

    /// <summary>A number as the language writes it: 100 000 in Polish, 100,000 in English.</summary>
    internal static string Number(ApiLanguage lang, long n) => n.ToString("#,0", Culture(lang));

    /// <summary>The encoding as a person names it.</summary>
    internal static string EncodingName(ApiLanguage lang, ListTextEncoding e) => Text(lang, "Encoding" + e);
}
