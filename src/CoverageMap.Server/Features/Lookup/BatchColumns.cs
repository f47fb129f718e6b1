namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Recognises batch field and column names, case- and diacritics-insensitively: <c>lat</c>, <c>latitude</c>,
/// <c>szerokosc</c> (<c>szerokość</c>); <c>lon</c>, <c>lng</c>, <c>longitude</c>, <c>dlugosc</c>
/// (<c>długość</c>); <c>x</c>, <c>y</c>, <c>srid</c>, <c>id</c>; <c>adres</c>/<c>address</c> (a whole address);
/// <c>ulica</c>/<c>street</c> and <c>numer</c>/<c>number</c>/<c>nr</c> (an address in two columns);
/// <c>dzielnica</c>/<c>district</c> (narrows a street name several districts share). Stateless.
/// </summary>
internal static class BatchColumns
{
    /// <summary>The longest value (or name) of a batch field, in characters; a longer one is a 400 naming the row.</summary>
    public const int MaxFieldLength = 1000;

    public static BatchColumn Classify(string name)
    {
        var n = Fold(name);
        return n switch
        {
            "id" => BatchColumn.Id,
            "lat" or "latitude" or "szerokosc" or "szerokosc geograficzna" => BatchColumn.Lat,
            "lon" or "lng" or "long" or "longitude" or "dlugosc" or "dlugosc geograficzna" => BatchColumn.Lon,
            "x" => BatchColumn.X,
            "y" => BatchColumn.Y,
            "srid" or "epsg" => BatchColumn.Srid,
            "adres" or "address" => BatchColumn.Address,
            "ulica" or "street" => BatchColumn.Street,
            "numer" or "number" or "nr" or "numer domu" or "house number" or "housenumber" => BatchColumn.Number,
            "dzielnica" or "district" => BatchColumn.District,
            _ => BatchColumn.Other,
        };
    }

    /// <summary>For each <see cref="BatchColumn"/> (by its number), the index of the first of <paramref name="names"/> that
    /// holds it, or -1.</summary>
    public static int[] FirstOfEach(IReadOnlyList<string> names)
    {
        var at = Enumerable.Repeat(-1, Enum.GetValues<BatchColumn>().Length).ToArray();
        for (int i = names.Count - 1; i >= 0; i--) at[(int)Classify(names[i])] = i;
        return at;
    }

    private static string Fold(string s)
    {
        Span<char> buffer = stackalloc char[Math.Min(s.Length, 64)];
        int n = 0;
        foreach (var c in s.Trim().AsSpan(0, Math.Min(s.Trim().Length, 64)))
            buffer[n++] = char.ToLowerInvariant(c) switch
            {
                'ą' => 'a', 'ć' => 'c', 'ę' => 'e', 'ł' => 'l', 'ń' => 'n', 'ó' => 'o', 'ś' => 's', 'ź' or 'ż' => 'z',
                var other => other,
            };
        return new string(buffer[..n]);
    }
}
