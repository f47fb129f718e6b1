using System.Globalization;
using System.Text.RegularExpressions;
using CoverageMap.Server.Features.Editor;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;
using Microsoft.Extensions.Localization;

namespace CoverageMap.Server.Features.Versions;

/// <summary>
/// Reads <c>?version=</c> and <c>?date=</c> and picks the version that answers: the numbered one, the one that served
/// at the date, or the active one when neither is given. A date alone (<c>2026-01-01</c>) means the start of that day
/// in Warsaw time; a date with a time and no offset is Warsaw time too; an offset or <c>Z</c> is honoured. Every
/// client mistake is a 400 (not a number, not a date, a date in the future, both given) or a 404 (no such version,
/// nothing active then), in the catalogue's words. Stateless.
/// </summary>
internal static partial class VersionSelection
{
    public const string VersionField = "version";
    public const string DateField = "date";

    private static readonly TimeZoneInfo Warsaw = FindWarsaw();

    public static async Task<VersionChoice> ChooseAsync(string? version, string? date, VersionedAnswers answers,
        IStringLocalizer<VersionCatalogue> text, TimeProvider clock, ApiLanguage lang, CancellationToken ct)
    {
        var errors = new EditorErrors();
        bool hasVersion = !string.IsNullOrWhiteSpace(version), hasDate = !string.IsNullOrWhiteSpace(date);
        if (!hasVersion && !hasDate) return new VersionChoice(answers.Active(), null, null);
        if (hasVersion && hasDate)
        {
            errors.Add(VersionField, text["VersionAndDate"]);
            return new VersionChoice(null, errors.ToProblem(lang), null);
        }

        long id;
        if (hasVersion)
        {
            if (!long.TryParse(version!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out id) || id <= 0)
            {
                errors.Add(VersionField, text["NotAVersion", VersionField, Clip(version)]);
                return new VersionChoice(null, errors.ToProblem(lang), null);
            }
        }
        else
        {
            if (!TryInstant(date!.Trim(), out var instant))
            {
                errors.Add(DateField, text["NotADate", DateField, Clip(date)]);
                return new VersionChoice(null, errors.ToProblem(lang), null);
            }
            if (instant > clock.GetUtcNow())
            {
                errors.Add(DateField, text["DateInFuture", Clip(date)]);
                return new VersionChoice(null, errors.ToProblem(lang), null);
            }
            var timeline = await answers.TimelineAsync(ct);
            if (timeline.VersionAt(instant) is not { } served)
            {
                var detail = timeline.First is { } first
                    ? text["NothingActiveThen", Clip(date), TimeZoneInfo.ConvertTime(first, Warsaw).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)]
                    : text["NothingEverActive", Clip(date)];
                return new VersionChoice(null, null, ApiProblems.Problem(StatusCodes.Status404NotFound, text["NotFoundTitle"], detail,
                    new Dictionary<string, object?> { ["field"] = DateField }));
            }
            id = served;
        }

        var chosen = await answers.ForVersionAsync(id, ct);
        return chosen is not null
            ? new VersionChoice(chosen, null, null)
            : new VersionChoice(null, null, ApiProblems.Problem(StatusCodes.Status404NotFound, text["NotFoundTitle"], text["UnknownVersion", id],
                new Dictionary<string, object?> { ["field"] = VersionField }));
    }

    /// <summary>A date (start of the day, Warsaw time) or an ISO 8601 date and time (Warsaw time unless it has an offset).</summary>
    internal static bool TryInstant(string s, out DateTimeOffset instant)
    {
        instant = default;
        if (s.Length > 40) return false;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
            instant = new DateTimeOffset(local, Warsaw.GetUtcOffset(local));
            return true;
        }
        if (!IsoDateTime().IsMatch(s)) return false;
        if (HasOffset().IsMatch(s))
            return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out instant);
        if (!DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var unspecified)) return false;
        unspecified = DateTime.SpecifyKind(unspecified, DateTimeKind.Unspecified);
        if (Warsaw.IsInvalidTime(unspecified)) return false;
        instant = new DateTimeOffset(unspecified, Warsaw.GetUtcOffset(unspecified));
        return true;
    }

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;

    private static TimeZoneInfo FindWarsaw()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})?$")]
    private static partial Regex IsoDateTime();

    [GeneratedRegex(@"(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex HasOffset();
}
