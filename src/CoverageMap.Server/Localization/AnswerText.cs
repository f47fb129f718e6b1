using System.Globalization;
using CoverageMap.Core.Addresses;
using Microsoft.Extensions.Localization;

namespace CoverageMap.Server.Localization;

/// <summary>
/// Turns an answer's code (<see cref="AnswerNote"/>) and facts into a sentence of the localized catalogue, in the
/// request's culture (Polish by default, English on request), with Polish plurals (1 ulica, 2 ulice, 5 ulic, 22 ulice).
/// Names, never slugs. Thread-safe (the localizer is).
/// </summary>
internal sealed class AnswerText(IStringLocalizer<Answers> text)
{
    /// <summary>The catalogue outside a web host (the CLI, tests): the same resources the server reads.</summary>
    public static AnswerText Standalone() => new(LocalizationExtensions.Standalone<Answers>());

    /// <summary>The sentence of an address answer; <paramref name="names"/> maps partnership ids to names.</summary>
    public string Message(AddressResolution r, string written, Func<string, string> names)
    {
        var label = r.Street is { } street ? (r.HouseNumber is { } n ? $"{street} {n}" : street) : written;
        var areas = Join(r.Areas.Select(h => names(h.PartnershipId)).ToList(), r.OutsideAlsoPossible);
        string Get(string key, params object[] args) => text[key, args].Value;
        string message = r.Note switch
        {
            AnswerNote.Unparseable => Get("Unparseable", written),
            AnswerNote.StreetNotFound => Get("StreetNotFound", r.Street ?? written)
                + (r.Alternatives.Count > 0 ? Get("DidYouMean", string.Join(", ", r.Alternatives.Select(Alternative))) : ""),
            AnswerNote.AmbiguousStreet => Get("AmbiguousStreet", r.Street ?? written, string.Join("; ", r.Alternatives.Select(Alternative)), Count("Streets", r.Alternatives.Count)),
            AnswerNote.WholeStreetInside or AnswerNote.WholeStreetOutside => Get(r.Note.ToString(), label, areas,
                int.TryParse(Arg(r, 0), CultureInfo.InvariantCulture, out var known) && known > 0 ? Count("KnownAddresses", known) : Get("KnownAddressesLines")),
            AnswerNote.InterpolatedInside or AnswerNote.InterpolatedOutside when Arg(r, 0) == Arg(r, 1) => Get(r.Note + "Same", label, areas, Arg(r, 0)),
            AnswerNote.SideDecides or AnswerNote.StretchDecides when r.Areas.Count == 0 => Get(r.Note + "None", label, areas, Arg(r, 0), Arg(r, 1)),
            _ => Get(r.Note.ToString(), label, areas, Arg(r, 0), Arg(r, 1)),
        };
        if (r.AssumedNamesake && r.Alternatives.Count > 0)
            message += Get("AssumedNamesake", Districts(r), string.Join("; ", r.Alternatives.Select(a => string.Join(", ", a.Districts))));
        return message;
    }

    /// <summary>The sentence of a point answer.</summary>
    public string PointMessage(AnswerNote note, IReadOnlyList<string> names) => text[note.ToString(), "", Join(names, false)].Value;

    /// <summary>The certainty in words: <c>pewność wysoka (położenie ±25 m)</c>.</summary>
    public string Certainty(Certainty c)
    {
        var words = text["Certainty" + c.Level].Value;
        return c.Level == CertaintyLevel.None || c.Metres <= 0 ? words : text["CertaintyMetres", words, c.Metres.ToString("0", CultureInfo.CurrentCulture)].Value;
    }

    /// <summary>A count with its noun in the right plural form (<c>Streets</c>: 1 ulica, 2 ulice, 5 ulic, 22 ulice).</summary>
    public string Count(string noun, int n) => text[noun + "_" + PluralForm(n, CultureInfo.CurrentUICulture), n].Value;

    /// <summary>The plural form of <paramref name="n"/> in <paramref name="culture"/>: <c>one</c>, <c>few</c> or <c>many</c>
    /// (Polish: 1; 2–4, 22–24, … but not 12–14; the rest; English: 1 and the rest).</summary>
    public static string PluralForm(int n, CultureInfo culture)
    {
        if (n == 1) return "one";
        if (culture.TwoLetterISOLanguageName != "pl") return "many";
        int lastDigit = Math.Abs(n) % 10, lastTwo = Math.Abs(n) % 100;
        return lastDigit is >= 2 and <= 4 && lastTwo is < 12 or > 14 ? "few" : "many";
    }

    private string Join(IReadOnlyList<string> names, bool orNone)
    {
        var all = orNone ? [.. names, text["OrNone"].Value] : names;
        return string.Join(text["ListOr"].Value, all);
    }

    private static string Alternative(StreetAlternative a) => a.Districts.Count == 0 ? a.Name : $"{a.Name} ({string.Join(", ", a.Districts)})";

    private static string Districts(AddressResolution r) => string.Join(", ", r.StreetDistricts);

    private static string Arg(AddressResolution r, int i) => i < r.Evidence.Count ? r.Evidence[i] : "";
}
