namespace CoverageMap.Data.Importers;

/// <summary>
/// A remark on a record an address import took: the key of <see cref="AddressImportReport.NotesByKind"/> and the code of
/// <see cref="AddressImportNote"/>, whose facts each member lists in order (a record's row and address text first). A
/// code, never a sentence: the CLI says it in the language asked for.
/// </summary>
public enum AddressNoteKind
{
    /// <summary>Kept without a street id: several streets share the name. Facts: row, text, the streets.</summary>
    SharedName,

    /// <summary>The TERYT id is not in the street register; the street is taken by its name. Facts: row, text, the id, the street by its name (or empty).</summary>
    TerytNotInRegister,

    /// <summary>The TERYT id names another street than the text; the id wins. Facts: row, text, the id, the street it names, the street the text names.</summary>
    TerytOverridesName,
}
