using System.Text.Json;
using CoverageMap.Core.Problems;

namespace CoverageMap.Data.GeoJson;

/// <summary>
/// Streams the features of a GeoJSON <c>FeatureCollection</c> one at a time, each as its own small
/// <see cref="JsonDocument"/>, never holding the whole file: the buffer grows only to the largest single feature.
/// Stateless and thread-safe; each enumeration reads the stream once, and the caller disposes every document.
/// </summary>
internal static class GeoJsonFeatureStream
{
    private const int InitialBuffer = 1 << 16;

    private static readonly JsonReaderOptions ReaderOptions = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The features, in file order.</summary>
    /// <exception cref="InputProblemException">The text is not JSON (<see cref="InputProblem.NotJson"/>), or not a
    /// FeatureCollection with a <c>features</c> array (<see cref="InputProblem.NotFeatureCollection"/>).</exception>
    public static IEnumerable<JsonDocument> Read(Stream stream, string sourceName)
    {
        var buffer = new byte[InitialBuffer];
        int length = 0;
        bool final = false, first = true;
        var state = new JsonReaderState(ReaderOptions);
        var nav = new Navigation();
        var found = new List<JsonDocument>();
        while (true)
        {
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
            int n = stream.Read(buffer, length, buffer.Length - length);
            final = n == 0;
            length += n;
            int start = 0;
            if (first && length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF) start = 3; // UTF-8 BOM
            first = false;

            int consumed;
            try
            {
                consumed = start + Scan(buffer.AsSpan(start, length - start), final, ref state, nav, found);
            }
            catch (JsonException e)
            {
                foreach (var d in found) d.Dispose();
                throw GeoJsonProblems.NotJson(sourceName, e);
            }
            foreach (var feature in found) yield return feature;
            found.Clear();
            if (final) break;
            buffer.AsSpan(consumed, length - consumed).CopyTo(buffer);
            length -= consumed;
        }
        if (!nav.SawFeatures || nav.Type is not (null or "FeatureCollection"))
            throw GeoJsonProblems.NotFeatureCollection(sourceName);
    }

    /// <summary>Reads whole tokens and whole features from <paramref name="data"/>; returns how many bytes it used.</summary>
    private static int Scan(ReadOnlySpan<byte> data, bool final, ref JsonReaderState state, Navigation nav, List<JsonDocument> found)
    {
        var reader = new Utf8JsonReader(data, final, state);
        while (true)
        {
            var before = reader.CurrentState;
            int beforeAt = (int)reader.BytesConsumed;
            if (!reader.Read())
            {
                state = reader.CurrentState;
                return (int)reader.BytesConsumed;
            }
            bool featuresNext = nav.FeaturesNext, typeNext = nav.TypeNext;
            nav.FeaturesNext = nav.TypeNext = false;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject when reader.CurrentDepth == 0:
                    nav.RootIsObject = true;
                    break;
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1 && nav.RootIsObject:
                    nav.FeaturesNext = reader.ValueTextEquals("features"u8);
                    nav.TypeNext = reader.ValueTextEquals("type"u8);
                    break;
                case JsonTokenType.String when typeNext:
                    nav.Type = reader.GetString();
                    break;
                case JsonTokenType.StartArray when featuresNext:
                    nav.InFeatures = nav.SawFeatures = true;
                    break;
                case JsonTokenType.EndArray when reader.CurrentDepth == 1:
                    nav.InFeatures = false;
                    break;
                case JsonTokenType.StartObject when nav.InFeatures && reader.CurrentDepth == 2:
                    int start = (int)reader.TokenStartIndex;
                    if (!reader.TrySkip())
                    {
                        state = before; // the feature is not all in the buffer yet: read it again with more data
                        return beforeAt;
                    }
                    found.Add(JsonDocument.Parse(data[start..(int)reader.BytesConsumed].ToArray()));
                    break;
            }
        }
    }

    private sealed class Navigation
    {
        public bool RootIsObject { get; set; }
        public bool FeaturesNext { get; set; }
        public bool TypeNext { get; set; }
        public bool InFeatures { get; set; }
        public bool SawFeatures { get; set; }
        public string? Type { get; set; }
    }
}
