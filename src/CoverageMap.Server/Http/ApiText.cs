using System.Globalization;
using System.Resources;
using CoverageMap.Server.Localization;

namespace CoverageMap.Server.Http;

/// <summary>
/// Every message of a problem a client can see (title and detail), read from the problem catalogue
/// (<c>Resources/Localization/Problems.resx</c>, Polish, and <c>Problems.en.resx</c>) in the request's language, with
/// Polish plurals. Numbers in messages are written in the invariant culture (they are limits a client may parse).
/// Stateless and thread-safe.
/// </summary>
internal static class ApiText
{
    private static readonly ResourceManager Catalogue =
        new("CoverageMap.Server.Resources.Localization.Problems", typeof(ApiText).Assembly);

    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The catalogue's sentence <paramref name="key"/> in <paramref name="lang"/>, with its arguments filled in.</summary>
    public static string Text(ApiLanguage lang, string key, params object?[] args)
    {
        var culture = lang == ApiLanguage.En ? English : Polish;
        var format = Catalogue.GetString(key, culture)
            ?? throw new InvalidOperationException($"The problem catalogue has no entry '{key}'.");
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }

    public static string ValidationTitle(ApiLanguage lang) => Text(lang, "ValidationTitle");

    /// <summary>A sentence a person can act on: names the field, the value and what is wrong.</summary>
    public static string Describe(FieldError e, ApiLanguage lang)
    {
        var key = e.Kind switch
        {
            FieldErrorKind.Missing => "FieldMissing",
            FieldErrorKind.NotANumber => "FieldNotANumber",
            FieldErrorKind.NotFinite => "FieldNotFinite",
            FieldErrorKind.OutOfRange => "FieldOutOfRange",
            FieldErrorKind.LooksSwapped => "FieldLooksSwapped",
            FieldErrorKind.UnsupportedSrid => "FieldUnsupportedSrid",
            FieldErrorKind.OutsideGrid => "FieldOutsideGrid",
            FieldErrorKind.BothCoordinateForms => "FieldBothCoordinateForms",
            FieldErrorKind.NotAnInteger => "FieldNotAnInteger",
            FieldErrorKind.TooLong => "FieldTooLongChars",
            FieldErrorKind.NoAddressOrPoint => "FieldNoAddressOrPoint",
            _ => "FieldInvalid",
        };
        return Text(lang, key, e.Field, e.Value, e.Detail);
    }

    public static string NotFound(ApiLanguage lang, string what, string id) => what switch
    {
        "area" => Text(lang, "NotFoundArea", id),
        "street" => Text(lang, "NotFoundStreet", id),
        _ => Text(lang, "NotFoundPartnership", id),
    };

    /// <summary>Street coverage: the network lacks the street.</summary>
    public static string StreetNotInNetwork(ApiLanguage lang, string street) => Text(lang, "StreetNotInNetwork", street);

    /// <summary>Street coverage: several register streets share the name and the network cannot tell them apart.</summary>
    public static string StreetNameShared(ApiLanguage lang, string street, int count) =>
        Text(lang, "StreetNameShared", street, Count(lang, "StreetsSharingName", count));

    /// <summary>Street coverage: the street runs through no area.</summary>
    public static string StreetInNoArea(ApiLanguage lang, string street) => Text(lang, "StreetInNoArea", street);

    /// <summary>Street coverage: the street runs through (and not along) these areas.</summary>
    public static string StreetThroughAreas(ApiLanguage lang, string street, IReadOnlyList<string> names) => names.Count == 1
        ? Text(lang, "StreetInOneArea", street, names[0])
        : Text(lang, "StreetThroughAreas", street, string.Join(", ", names));

    /// <summary>Street coverage: a border street.</summary>
    public static string StreetAlongBorder(ApiLanguage lang, string street, IReadOnlyList<string> names) =>
        Text(lang, "StreetAlongBorder", street, string.Join(", ", names));

    /// <summary>/healthz when there is no dataset with areas to serve.</summary>
    public static string NothingToServe(ApiLanguage lang, bool geodataRefused) =>
        Text(lang, geodataRefused ? "NothingToServeGeodataRefused" : "NothingToServe");

    public static string NotFoundTitle(ApiLanguage lang) => Text(lang, "NotFoundTitle");

    public static string InvalidAddressTitle(ApiLanguage lang) => Text(lang, "InvalidAddressTitle");

    public static string TooManyRows(ApiLanguage lang, int limit) => Text(lang, "TooManyRows", Grouped(lang, limit));

    public static string BodyTooLarge(ApiLanguage lang, long limit) => Text(lang, "BodyTooLarge", limit);

    public static string TooLargeTitle(ApiLanguage lang) => Text(lang, "TooLargeTitle");

    public static string UnsupportedMediaType(ApiLanguage lang, string? got) => Text(lang, "UnsupportedMediaType", got);

    public static string UnsupportedCharset(ApiLanguage lang, string charset, IReadOnlyList<string> supported) =>
        Text(lang, "UnsupportedCharset", charset, string.Join(", ", supported));

    public static string BodyIncomplete(ApiLanguage lang) => Text(lang, "BodyIncomplete");

    public static string MalformedTitle(ApiLanguage lang) => Text(lang, "MalformedTitle");

    public static string MalformedJson(ApiLanguage lang, int row, long line, long column) => Text(lang, "MalformedJson", row, line, column);

    public static string JsonNotUnicode(ApiLanguage lang, int row, string? field) =>
        field is null ? Text(lang, "JsonNotUnicodeName", row) : Text(lang, "JsonNotUnicodeField", row, field);

    public static string FieldTooLong(ApiLanguage lang, int row, string? field, int limit) =>
        field is null ? Text(lang, "ValueTooLongInRow", row, limit) : Text(lang, "FieldTooLongInRow", row, field, limit);

    public static string JsonRowNotObject(ApiLanguage lang, int row) => Text(lang, "JsonRowNotObject", row);

    public static string MalformedCsv(ApiLanguage lang, int row, long line) => Text(lang, "MalformedCsv", row, line);

    public static string CsvHeader(ApiLanguage lang, string header) => Text(lang, "CsvHeader", header);

    public static string TooManyRequests(ApiLanguage lang, int? retryAfterSeconds) => Text(lang, "TooManyRequests", retryAfterSeconds ?? 1);

    public static string TooManyRequestsTitle(ApiLanguage lang) => Text(lang, "TooManyRequestsTitle");

    /// <summary>Titles for problems the framework creates (status code pages), by status code.</summary>
    public static string? StatusTitle(ApiLanguage lang, int status) => status switch
    {
        404 => NotFoundTitle(lang),
        413 => TooLargeTitle(lang),
        429 => TooManyRequestsTitle(lang),
        400 or 405 or 406 or 408 or 411 or 414 or 415 or 431 or 500 or 503 or 505 => Text(lang, "Status" + status.ToString(CultureInfo.InvariantCulture)),
        _ => null,
    };

    /// <summary>The detail of a problem the framework or the server's limits create, by status code: what to do about it.</summary>
    public static string StatusDetail(ApiLanguage lang, int status, string method, string path, string allow, string? contentType)
    {
        var shownPath = path.Length <= 100 ? path : path[..100] + "…";
        return status switch
        {
            404 => Text(lang, "Detail404", shownPath),
            405 => allow.Length > 0 ? Text(lang, "Detail405Allowed", method, shownPath, allow) : Text(lang, "Detail405", method, shownPath),
            413 => Text(lang, "Detail413"),
            414 => Text(lang, "Detail414", Grouped(lang, 8 * 1024)),
            415 => UnsupportedMediaType(lang, contentType),
            431 => Text(lang, "Detail431", Grouped(lang, 32 * 1024)),
            429 => TooManyRequests(lang, null),
            >= 500 => Text(lang, "Detail5xx"),
            _ => Text(lang, "DetailOther"),
        };
    }

    /// <summary>A count with its noun in the right plural form of <paramref name="lang"/> (<c>_one</c>, <c>_few</c>, <c>_many</c> keys).</summary>
    private static string Count(ApiLanguage lang, string noun, int n) =>
        Text(lang, noun + "_" + AnswerText.PluralForm(n, lang == ApiLanguage.En ? English : Polish), n);

    /// <summary>A number as the language writes it: "32,768" in English, "32 768" in Polish (a non-breaking space; four digits stay together, "8192").</summary>
    private static string Grouped(ApiLanguage lang, int n) =>
        lang == ApiLanguage.En ? n.ToString("N0", English) : n < 10_000 ? n.ToString(CultureInfo.InvariantCulture) : n.ToString("N0", Polish);
}
