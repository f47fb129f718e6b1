using CoverageMap.Core.Problems;
using OsmSharp;
using OsmSharp.Streams;

namespace CoverageMap.Data.Readers;

/// <summary>
/// The elements of an OSM XML or PBF stream, streaming, with OsmSharp; whatever OsmSharp throws on a file that is not
/// what its extension says becomes <see cref="InputProblem.OsmUnreadable"/>. Stateless and thread-safe; each call reads its stream once.
/// </summary>
internal static class OsmElements
{
    /// <summary>The stream's elements in file order.</summary>
    /// <param name="stream">The data, read once.</param>
    /// <param name="pbf">PBF when true, else XML.</param>
    /// <param name="sourceName">Names the file in the fault.</param>
    /// <exception cref="InputProblemException"><see cref="InputProblem.OsmUnreadable"/>.</exception>
    internal static IEnumerable<OsmGeo> Read(Stream stream, bool pbf, string sourceName)
    {
        OsmStreamSource source = pbf ? new PBFOsmStreamSource(stream) : new XmlOsmStreamSource(stream);
        using var elements = source.GetEnumerator();
        while (true)
        {
            try
            {
                if (!elements.MoveNext()) yield break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new InputProblemException(InputFault.Of(InputProblem.OsmUnreadable, sourceName, pbf ? "OSM PBF" : "OSM XML"), e);
            }
            yield return elements.Current;
        }
    }
}
