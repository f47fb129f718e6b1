using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Http;

namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// Which columns of a list hold the address: one column with the whole address, or a street and a house number in two,
/// and optionally a district (narrows a street name several districts share). Recognised from the header by the names
/// of <see cref="BatchColumns"/> (<c>Adres</c>, <c>Ulica</c> + <c>Numer</c>/<c>Nr</c>, <c>Dzielnica</c>, and their
/// English names), or chosen by the person by column name. Indexes into <see cref="ListTable.Header"/>; -1 for none.
/// Immutable.
/// </summary>
internal sealed record ListColumns(int Address, int Street, int Number, int District)
{
    /// <summary>True when the address is in one column (it wins over street and number when both are set).</summary>
    public bool UsesAddress => Address >= 0;

    /// <summary>The columns recognised from the header, or null when no address column is recognised.</summary>
    public static ListColumns? Recognise(IReadOnlyList<string> header)
    {
        var at = BatchColumns.FirstOfEach(header);
        int address = at[(int)BatchColumn.Address], street = at[(int)BatchColumn.Street], number = at[(int)BatchColumn.Number], district = at[(int)BatchColumn.District];
        if (address < 0 && street < 0) return null;
        return address >= 0 ? new ListColumns(address, -1, -1, district) : new ListColumns(-1, street, number, district);
    }

    /// <summary>
    /// The columns the person chose by name (<paramref name="address"/>, or <paramref name="street"/> with an optional
    /// <paramref name="number"/>; <paramref name="district"/> optional); unnamed ones are recognised from the header.
    /// A name that is no column of the file is a <see cref="ListProblem.NoAddressColumn"/> naming it.
    /// </summary>
    public static ListColumns Choose(IReadOnlyList<string> header, string? address, string? street, string? number, string? district, ApiLanguage lang)
    {
        int Find(string? name)
        {
            if (string.IsNullOrWhiteSpace(name)) return -1;
            for (int i = 0; i < header.Count; i++)
                if (string.Equals(header[i].Trim(), name.Trim(), StringComparison.Ordinal)) return i;
            throw new ListFileException(ListProblem.NoAddressColumn, ListText.Text(lang, "NoSuchColumn", name.Trim()), header);
        }
        int a = Find(address), s = Find(street), n = Find(number), d = Find(district);
        var recognised = Recognise(header);
        if (a < 0 && s < 0)
        {
            if (recognised is null)
                throw new ListFileException(ListProblem.NoAddressColumn, ListText.Text(lang, "NoAddressColumn", Quoted(header)), header);
            return d >= 0 ? recognised with { District = d } : recognised;
        }
        if (d < 0 && recognised is not null) d = recognised.District;
        return a >= 0 ? new ListColumns(a, -1, -1, d) : new ListColumns(-1, s, n, d);
    }

    /// <summary>The column the address is read from, by its name in the file: what an empty row's note names.</summary>
    public string AddressColumnName(IReadOnlyList<string> header) => Name(header, UsesAddress ? Address : Street);

    internal static string Name(IReadOnlyList<string> header, int i) => i >= 0 && i < header.Count && header[i].Trim().Length > 0 ? header[i].Trim() : ColumnLetter(i);

    /// <summary>The spreadsheet letter of column <paramref name="i"/> (0 → A, 26 → AA), for a column without a name.</summary>
    internal static string ColumnLetter(int i)
    {
        var s = "";
        for (i++; i > 0; i = (i - 1) / 26) s = (char)('A' + (i - 1) % 26) + s;
        return s;
    }

    private static string Quoted(IReadOnlyList<string> header) =>
        string.Join(", ", header.Select((h, i) => "„" + Name(header, i) + "”").Take(20)) + (header.Count > 20 ? ", …" : "");
}
