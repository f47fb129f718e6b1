namespace CoverageMap.Server.Features.Lists;

/// <summary>Why a list cannot be checked.</summary>
public enum ListProblem
{
    /// <summary>Neither CSV text nor an XLSX workbook (e.g. an old .xls, a PDF, an image).</summary>
    NotAList,

    /// <summary>The file is CSV or XLSX but broken (bad quoting, a damaged workbook).</summary>
    Malformed,

    /// <summary>The file has no rows under its header.</summary>
    Empty,

    /// <summary>More rows than <see cref="ListOptions.MaxRows"/>.</summary>
    TooManyRows,

    /// <summary>Larger than <see cref="ListOptions.MaxBytes"/>.</summary>
    TooLarge,

    /// <summary>No column is recognised as the address and none was chosen (or a chosen one does not exist).</summary>
    NoAddressColumn,

    /// <summary>The client declared a charset the lists do not read (only utf-8, windows-1250, iso-8859-2).</summary>
    UnsupportedCharset,
}
