namespace CoverageMap.Data.Readers;

/// <summary>Reads a street network from a file of one format. Implementations are stateless and thread-safe.</summary>
public interface IStreetNetworkReader
{
    /// <summary>Reads the file at <paramref name="path"/> into a network in EPSG:4326.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="Core.Problems.InputProblemException">The file cannot be read as this format, a shapefile lacks its
    /// <c>.dbf</c>, or no feature has the name attribute (the fault says which).</exception>
    StreetNetworkReadResult Read(string path, StreetNetworkReaderOptions options);
}
