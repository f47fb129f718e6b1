using CoverageMap.Core.Addresses;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Importers;
using CoverageMap.Data.Readers;
using CoverageMap.Data.Registry;
using CoverageMap.Data.Rules;
using CoverageMap.Data.Store;
using CoverageMap.Data.Streets;
using CoverageMap.Server.Datasets;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// What address and street lookups need besides the areas: the official street register, the street rules, the
/// address gazetteer and the street network. Loaded once at start-up; immutable and thread-safe.
/// </summary>
/// <remarks>Settings, all optional:
/// <c>CoverageMap:StreetRegister:StreetsTxt</c> and <c>…:TerytCsv</c> (default: <c>geodata/warsaw-streets</c>);
/// <c>CoverageMap:StreetNetworkPath</c> (GeoJSON, Shapefile, OSM XML or PBF; default: the 2026-12 skeleton in
/// <c>geodata/</c>) with <c>CoverageMap:StreetNetworkNameField</c> (default <c>name</c>); street rules from
/// the geodata folder; the gazetteer from the store's SQLite file. A missing source leaves that part empty and says so in
/// the log; an unreadable network is logged and left out; an unreadable register stops the start.</remarks>
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

    /// <summary>
    /// The bundled address points (<c>geodata/address-points/</c>) are imported into the store's gazetteer once, like the
    /// areas: when the store holds no point of their source yet. Later changes go through <c>import-addresses --apply</c>.
    /// </summary>
    private static async Task SeedAddressPointsAsync(AddressPointStore store, StreetRegister register, string path, ILogger logger, CancellationToken ct)
    {
        if (!File.Exists(path)) return;
        var source = AddressTextImporter.DefaultSourceName(path);
        if ((await store.CountAsync(ct)).ContainsKey(source)) return;
        AddressImportReport report;
        try
        {
            report = await new AddressTextImporter(store, register).ImportAsync(path, AddressFileFormat.GeoJson, dryRun: false, ct: ct);
        }
        catch (InputProblemException ex)
        {
            // As before, the start stops (nothing was written: the import is one transaction); the log says why in the catalogue's words.
            logger.LogCritical("The bundled address points {Path} cannot be imported: {Problem}", path, Sentence(ex));
            throw;
        }
        logger.LogInformation("Address points: {Added} bundled points of {Source} imported into the gazetteer ({Skipped} skipped: {Reasons}).",
            report.Added, source, report.SkippedCount, string.Join(", ", report.SkippedByReason.Select(kv => $"{kv.Key} {kv.Value}")));
    }

    /// <summary><paramref name="configured"/> (relative to the content root) when given, else the geodata folder's file.</summary>
    private static string? Locate(string? configured, string? inGeodata, string contentRoot) =>
        !string.IsNullOrWhiteSpace(configured) ? Path.GetFullPath(configured, contentRoot) : inGeodata;

    public static AddressLookupData Empty { get; } = new(new StreetRegister([]), StreetRuleSet.Empty, AddressGazetteer.Empty, new StreetNetwork([], "none"));

    /// <summary>Configuration key: load the bundled address points into the store's gazetteer on first start (default true).</summary>
    public const string SeedAddressPointsKey = "CoverageMap:Store:SeedAddressPoints";

    /// <summary>The parts read from files only (register and street network): they need neither the store nor the dataset,
    /// so start-up reads them while the store is migrated and the dataset loaded.</summary>
    public sealed record Files(StreetRegister Register, StreetNetwork Network);

    /// <summary>Reads the register and the street network (see the type's remarks); logs what it found.</summary>
    public static Files LoadFiles(IConfiguration config, IHostEnvironment env, GeodataLocation geodata, ILogger logger)
    {
        var root = env.ContentRootPath;
        var folder = geodata.Folder;
        var streetsTxt = Locate(config[StreetsTxtKey], folder?.StreetsTxtPath, root);
        var teryt = Locate(config[TerytCsvKey], folder?.TerytCsvPath, root);
        StreetRegister register;
        if (streetsTxt is not null && File.Exists(streetsTxt))
        {
            try
            {
                register = StreetRegisterFile.Load(streetsTxt, teryt is not null && File.Exists(teryt) ? teryt : null);
            }
            catch (InputProblemException ex)
            {
                // Answers without the register would be wrong, so the start stops; the log says why in the catalogue's words.
                logger.LogCritical("The street register {Path} cannot be read: {Problem}", streetsTxt, Sentence(ex));
                throw;
            }
            logger.LogInformation("Street register: {Count} streets from {Path}.", register.Streets.Count, streetsTxt);
        }
        else
        {
            register = Empty.Register;
            logger.LogWarning("No street register ({Key} not set and geodata/warsaw-streets/streets.txt not found): address lookups will find no street.", StreetsTxtKey);
        }

        var networkPath = Locate(config[Features.MapPage.StreetLinesSource.PathKey], folder?.StreetNetworkPath, root);
        var network = Empty.Network;
        if (networkPath is not null && File.Exists(networkPath))
        {
            try
            {
                var read = StreetNetworkReader.Open(networkPath, StreetNetworkReaderOptions.Default with { NameField = config[NetworkNameFieldKey] ?? "name" });
                network = read.Network;
                logger.LogInformation("Street network: {Count} named lines from {Source}.", network.Lines.Count, network.Source);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or FormatException or System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
            {
                // A broken network file must not stop the service: answers then rest on the address points and the registry.
                logger.LogError("The street network {Path} cannot be read ({Message}); street-level answers will not use street lines.", networkPath,
                    ex is InputProblemException p ? Sentence(p) : ex.Message);
            }
        }
        else
        {
            logger.LogWarning("No street network ({Key}): street-level answers will say the street is not known.", Features.MapPage.StreetLinesSource.PathKey);
        }
        return new Files(register, network);
    }

    /// <summary>What is wrong with a file, for the log: the catalogue's English sentences.</summary>
    private static string Sentence(InputProblemException e) => string.Join(" ", InputProblemText.Lines(ApiLanguage.En, e));

    /// <summary>The whole address data from the files already read: the street rules and the store's gazetteer added.</summary>
    public static async Task<AddressLookupData> LoadAsync(Files files, IConfiguration config, GeodataLocation geodata, StoreDatabase database, ILogger logger,
        Core.Registry.PartnershipRegistry? registry = null, CancellationToken ct = default)
    {
        var (register, network) = files;
        var folder = geodata.Folder;
        var rules = StreetRuleSet.Empty;
        if (folder is not null && registry is not null)
            rules = StreetRulesFile.LoadFromGeodata(folder.Path, registry);

        var gazetteer = AddressGazetteer.Empty;
        try
        {
            if (database.Exists && folder is not null && register.Streets.Count > 0 && config.GetValue(SeedAddressPointsKey, true))
                await SeedAddressPointsAsync(new AddressPointStore(database.Options), register, folder.AddressPointsPath, logger, ct);
            if (database.Exists) gazetteer = await new AddressPointStore(database.Options).LoadGazetteerAsync(ct);
            logger.LogInformation("Gazetteer: {Count} address points from {Path}.", gazetteer.Count, database.Description);
        }
        catch (System.Data.Common.DbException ex)
        {
            logger.LogWarning(ex, "The store {Path} has no address points table yet; the gazetteer starts empty.", database.Description);
        }

        var data = new AddressLookupData(register, rules, gazetteer, network);
        logger.LogInformation("Street points: {Count} register streets placed on the network.", data.StreetPoints.Count);
        return data;
    }
}
