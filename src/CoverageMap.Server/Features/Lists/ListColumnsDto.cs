namespace CoverageMap.Server.Features.Lists;

/// <summary>The columns an address was read from, by their names in the file (null: not used): the whole address, or
/// the street and the house number; and the district.</summary>
internal sealed record ListColumnsDto(string? Address, string? Street, string? Number, string? District)
{
    public static ListColumnsDto From(ListColumns c, IReadOnlyList<string> header)
    {
        string? Name(int i) => i >= 0 ? ListColumns.Name(header, i) : null;
        return new ListColumnsDto(Name(c.Address), Name(c.Street), Name(c.Number), Name(c.District));
    }
}
