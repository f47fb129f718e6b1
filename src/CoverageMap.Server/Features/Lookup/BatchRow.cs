using System.Text.Json;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// One parsed input row of a batch: a point, an address, or the errors that stop it being looked up, and the
/// client's id to echo. Compact (a few dozen bytes plus the address text), so a whole batch of rows can be held while
/// the syntax is checked.
/// </summary>
/// <param name="JsonId">The <c>id</c> of a JSON row, as sent (string or number).</param>
/// <param name="TextId">The <c>id</c> of a CSV row.</param>
/// <param name="Latitude">The point's latitude (NaN for an address row or when <paramref name="Errors"/> is set).</param>
/// <param name="Longitude">The point's longitude (NaN for an address row or when <paramref name="Errors"/> is set).</param>
/// <param name="Errors">Why the row cannot be looked up; null for a good row.</param>
/// <param name="Address">The address to resolve; set only for an address row (an address and no coordinates).</param>
internal readonly record struct BatchRow(JsonElement? JsonId, string? TextId, double Latitude, double Longitude, FieldError[]? Errors, BatchAddress? Address = null)
{
    /// <summary>
    /// The row a reader has collected: an address row when it has an address and no coordinates; otherwise a point
    /// row (coordinates win over an address), with the point's errors. A row with neither, in a batch that has address
    /// fields, is an error naming both.
    /// </summary>
    /// <param name="jsonId">The JSON row's id.</param>
    /// <param name="textId">The CSV row's id.</param>
    /// <param name="point">The row's coordinate fields.</param>
    /// <param name="address">The row's address fields; null when the batch has none.</param>
    /// <param name="errors">Scratch list, cleared here.</param>
    public static BatchRow Create(JsonElement? jsonId, string? textId, PointFields point, BatchAddress? address, List<FieldError> errors)
    {
        errors.Clear();
        if (address is { IsPresent: true } && !point.HasLatLon && !point.HasGrid)
        {
            var text = address.UsesText ? address.Text! : address.Street!;
            if (text.Trim().Length > BatchAddress.MaxLength)
                return new BatchRow(jsonId, textId, double.NaN, double.NaN,
                    [new FieldError(address.Field, FieldErrorKind.TooLong, text.Trim().Length.ToString(System.Globalization.CultureInfo.InvariantCulture), BatchAddress.MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            return new BatchRow(jsonId, textId, double.NaN, double.NaN, null, address);
        }
        if (address is not null && !point.HasLatLon && !point.HasGrid)
            return new BatchRow(jsonId, textId, double.NaN, double.NaN, [new FieldError(address.Field, FieldErrorKind.NoAddressOrPoint, null, point.LatName + "/" + point.LonName)]);
        PointParser.TryParse(point, errors, out double la, out double lo);
        return new BatchRow(jsonId, textId, la, lo, errors.Count > 0 ? [.. errors] : null);
    }
}
