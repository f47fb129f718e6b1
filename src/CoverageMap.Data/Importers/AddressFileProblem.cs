namespace CoverageMap.Data.Importers;

/// <summary>
/// Why a file of text addresses cannot be imported as asked: the code of <see cref="AddressFileException"/>, whose facts
/// each member lists in order. A code, never a sentence for a person: the CLI says it in the language asked for.
/// </summary>
public enum AddressFileProblem
{
    /// <summary>CSV: no latitude / longitude columns of the names given. Facts: the file's name, the latitude and longitude fields, the separator, the columns found (or empty).</summary>
    NoCoordinateColumns,

    /// <summary>CSV: no address column of the names given. Facts: the file's name, the address fields, the separator, the columns found (or empty).</summary>
    NoAddressColumn,

    /// <summary>No record has an address in the fields given. Facts: the file's name, the address fields.</summary>
    NoAddressInRecords,
}
