using CoverageMap.Core.Problems;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CoverageMap.Server.Tests.Features;

/// <summary>
/// A street network or street register the server cannot read is logged in the catalogue's English words, not as a
/// code: a broken network leaves the service running without street lines; a broken register stops the start.
/// </summary>
public sealed class StreetFileProblemLogTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-street-log-").FullName;

    private sealed class Lines : ILogger
    {
        public List<(LogLevel Level, string Message)> Logged { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Logged.Add((logLevel, formatter(state, exception)));
    }

    private Server.Features.Lookup.AddressLookupData.Files Load(Lines log, string streetsTxt, string network) => Server.Features.Lookup.AddressLookupData.LoadFiles(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [Server.Features.Lookup.AddressLookupData.StreetsTxtKey] = streetsTxt,
            [Server.Features.Lookup.AddressLookupData.TerytCsvKey] = Path.Combine(_dir, "none.csv"),
            [Server.Features.MapPage.StreetLinesSource.PathKey] = network,
        }).Build(),
        new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = _dir }, new Server.Datasets.GeodataLocation(null), log);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_network_that_is_not_JSON_is_logged_in_English_and_the_service_goes_on_without_street_lines()
    {
        var log = new Lines();

        var files = Load(log, Write("streets.txt", "Ulica Dolna/Mokotów/Sielce\n"), Write("ulice.geojson", "{\n  ]"));

        Assert.Empty(files.Network.Lines);
        Assert.Single(files.Register.Streets);
        var error = Assert.Single(log.Logged, l => l.Level == LogLevel.Error);
        Assert.Contains("(ulice.geojson: this is not valid JSON (line 2, character 3).)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_register_line_without_its_three_parts_stops_the_start_with_the_English_sentence_in_the_log()
    {
        var log = new Lines();
        var streets = Write("streets.txt", "Ulica Dolna/Mokotów/Sielce\nUlica Krucza\n");

        var e = Assert.Throws<InputProblemException>(() => Load(log, streets, Path.Combine(_dir, "none.geojson")));

        Assert.Equal(InputFault.Of(InputProblem.StreetsTxtParts, "streets.txt", "2", "Ulica Krucza"), e.Fault);
        var critical = Assert.Single(log.Logged, l => l.Level == LogLevel.Critical);
        Assert.EndsWith(": streets.txt, line 2: expected \"type name/districts/areas\", found \"Ulica Krucza\".", critical.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);
}
