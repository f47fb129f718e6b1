namespace CoverageMap.Data.Importers;

/// <summary>
/// Which GeoJSON property or CSV column holds what, for <see cref="AddressTextImporter"/>. A null or empty name means
/// the file has no such field. CSV headers match case-insensitively; GeoJSON property names match exactly. Immutable.
/// </summary>
/// <remarks>A record takes its address from <paramref name="Street"/> + <paramref name="Number"/> when both are
/// filled, otherwise from the free text in <paramref name="Address"/>. The defaults fit
/// <c>geodata/address-points/warsaw-address-points.geojson</c>.</remarks>
/// <param name="Address">The address as free text (<c>ul. Przasnyska 6a</c>, <c>PUŁAWSKA 43</c>).</param>
/// <param name="Street">The street name alone.</param>
/// <param name="Number">The house number alone.</param>
/// <param name="TerytId">The TERYT ULIC id of the street.</param>
/// <param name="Postcode">The postcode (<c>01-627</c>).</param>
/// <param name="Layer">The layer or data set the point comes from (stored as its provenance).</param>
/// <param name="SourceDate">When the source data was created or taken (stored as its provenance).</param>
/// <param name="Latitude">CSV only: the latitude column (WGS 84 degrees).</param>
/// <param name="Longitude">CSV only: the longitude column (WGS 84 degrees).</param>
public sealed record AddressFields(
    string? Address = "address",
    string? Street = "street",
    string? Number = "housenumber",
    string? TerytId = "terytUlic",
    string? Postcode = "postcode",
    string? Layer = "source",
    string? SourceDate = "sourceDate",
    string? Latitude = "lat",
    string? Longitude = "lon")
{
    /// <summary>The defaults (the shared Warsaw address points).</summary>
    public static AddressFields Default { get; } = new();

    /// <summary>The fields that carry an address, for messages: <c>address, street + housenumber</c>.</summary>
    internal string AddressFieldsText =>
        string.Join(", ", new[] { Address, Street is { Length: > 0 } && Number is { Length: > 0 } ? $"{Street} + {Number}" : null }
            .Where(s => !string.IsNullOrEmpty(s)));
}
