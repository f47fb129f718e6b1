using CoverageMap.Core.Addresses;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Readers;
using CoverageMap.Data.Registry;
using CoverageMap.Data.Rules;
using CoverageMap.Data.Store;
using CoverageMap.Data.Streets;
using CoverageMap.Server.Datasets;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// What address and street lookups need besides the areas: the official street register, the street rules, the
/// address gazetteer and the street network. Loaded once at start-up; immutable and thread-safe.
/// </summary>
/// <remarks>Settings, all optional:
/// <c>CoverageMap:StreetRegister:StreetsTxt</c> and <c>…:TerytCsv</c> (default: <c>shared/geodata/sources/warsaw-streets</c>
/// beside the checkout); <c>CoverageMap:StreetNetworkPath</c> (GeoJSON, Shapefile, OSM XML or PBF; default: the
/// skeleton in <c>shared/geodata</c>) with <c>CoverageMap:StreetNetworkNameField</c> (default <c>name</c>); street rules from
/// the geodata folder; the gazetteer from the store's SQLite file. A missing source leaves that part empty and says so in
/// the log; an unreadable one stops the start.</remarks>
internal sealed record AddressLookupData(StreetRegister Register, StreetRuleSet Rules, AddressGazetteer Gazetteer, StreetNetwork Network)
{
    /// <summary>A representative point of each register street the network knows, computed once with the data.</summary>
    public StreetPointIndex StreetPoints { get; } = new(Register, Network);

    /// <summary>Configuration key of the register's streets.txt.</summary>
    public const string StreetsTxtKey = "CoverageMap:StreetRegister:StreetsTxt";

    /// <summary>Configuration key of the TERYT short-to-full names CSV.</summary>
    public const string TerytCsvKey = "CoverageMap:StreetRegister:TerytCsv";

    /// <summary>Configuration key of the street network's name field.</summary>
    public const string NetworkNameFieldKey = "CoverageMap:StreetNetworkNameField";

    public static AddressLookupData Empty { get; } = new(new StreetRegister([]), StreetRuleSet.Empty, AddressGazetteer.Empty, new StreetNetwork([], "none"));

    public static AddressLookupData Load(IConfiguration config, IHostEnvironment env, GeodataLocation geodata, StoreDatabase database, ILogger logger)
    {
        var root = env.ContentRootPath;
        var streetsTxt = SharedFiles.Locate(config[StreetsTxtKey], Path.Combine("geodata", "sources", "warsaw-streets", "streets.txt"), root);
        var teryt = SharedFiles.Locate(config[TerytCsvKey], Path.Combine("geodata", "sources", "warsaw-streets", "teryt-short-to-full-names.csv"), root);
        StreetRegister register;
        if (streetsTxt is not null && File.Exists(streetsTxt))
        {
            register = StreetRegisterFile.Load(streetsTxt, teryt is not null && File.Exists(teryt) ? teryt : null);
            logger.LogInformation("Street register: {Count} streets from {Path}.", register.Streets.Count, streetsTxt);
        }
        else
        {
            register = Empty.Register;
            logger.LogWarning("No street register ({Key} not set and shared/geodata/sources/warsaw-streets not found): address lookups will find no street.", StreetsTxtKey);
        }

        var rules = StreetRuleSet.Empty;
        if (geodata.Folder is { } folder)
            rules = StreetRulesFile.LoadFromGeodata(folder.Path, PartnershipRegistryFile.Load(folder.RegistryPath));

        var gazetteer = AddressGazetteer.Empty;
        try
        {
            if (File.Exists(database.Path)) gazetteer = new AddressPointStore(database.Options).LoadGazetteerAsync().GetAwaiter().GetResult();
            logger.LogInformation("Gazetteer: {Count} address points from {Path}.", gazetteer.Count, database.Path);
        }
        catch (Microsoft.Data.Sqlite.SqliteException ex)
        {
            logger.LogWarning(ex, "The store {Path} has no address points table yet; the gazetteer starts empty.", database.Path);
        }

        var networkPath = SharedFiles.Locate(config[Features.MapPage.StreetLinesSource.PathKey], Path.Combine("geodata", "streets-skeleton.geojson"), root);
        var network = Empty.Network;
        if (networkPath is not null && File.Exists(networkPath))
        {
            var read = StreetNetworkReader.Open(networkPath, StreetNetworkReaderOptions.Default with { NameField = config[NetworkNameFieldKey] ?? "name" });
            network = read.Network;
            logger.LogInformation("Street network: {Count} named lines from {Source}.", network.Lines.Count, network.Source);
        }
        else
        {
            logger.LogWarning("No street network ({Key}): street-level answers will say the street is not known.", Features.MapPage.StreetLinesSource.PathKey);
        }
        var data = new AddressLookupData(register, rules, gazetteer, network);
        logger.LogInformation("Street points: {Count} register streets placed on the network.", data.StreetPoints.Count);
        return data;
    }
}
