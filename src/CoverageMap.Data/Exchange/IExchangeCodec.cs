namespace CoverageMap.Data.Exchange;

/// <summary>Writes <see cref="ExchangeRecord"/>s to a file of one format and reads them back. Implementations are stateless and thread-safe.</summary>
public interface IExchangeCodec
{
    /// <summary>Writes the records to <paramref name="path"/> (a shapefile: its <c>.shp</c> and the files beside it); replaces what is there.</summary>
    void Write(IReadOnlyList<ExchangeRecord> records, string path);

    /// <summary>Reads the records of <paramref name="path"/> in file order; a geometry as the file holds it (validated later, by <see cref="ExchangeImport"/>).</summary>
    /// <exception cref="InvalidDataException">The file is not of this format or lacks the <c>partnershipId</c> column.</exception>
    IReadOnlyList<ExchangeRecord> Read(string path);
}
