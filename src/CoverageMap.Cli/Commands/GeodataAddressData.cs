using CoverageMap.Cli.Localization;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Importers;
using CoverageMap.Data.Readers;
using CoverageMap.Data.Rules;
using CoverageMap.Data.Streets;

namespace CoverageMap.Cli.Commands;

/// <summary>
/// What the address answers need, read from a geodata folder as the server reads it on first start: the areas, the
/// street register, the street rules, the address points (the gazetteer, and the records read, for the evaluation) and
/// the street lines. A missing file is a <see cref="CliInputException"/> naming it. Immutable once loaded.
/// </summary>
internal sealed record GeodataAddressData(Dataset Dataset, StreetRegister Register, StreetRuleSet Rules, IReadOnlyList<(TextAddressRecord Record, AddressPoint? Point)> Read,
    AddressGazetteer Gazetteer, StreetNetwork Network)
{
    /// <summary>Loads the folder's data; <paramref name="pointsPath"/> and <paramref name="networkPath"/> default to the bundled files.</summary>
    public static GeodataAddressData Load(GeodataFolder folder, CliText t, string? pointsPath = null, string? networkPath = null)
    {
        pointsPath ??= folder.AddressPointsPath;
        networkPath ??= folder.StreetNetworkPath;
        InputFiles.Require(t, folder.RegistryPath, pointsPath, networkPath, folder.StreetsTxtPath);
        var dataset = folder.LoadDataset();
        var registry = Data.Registry.PartnershipRegistryFile.Load(folder.RegistryPath);
        var register = StreetRegisterFile.Load(folder.StreetsTxtPath, File.Exists(folder.TerytCsvPath) ? folder.TerytCsvPath : null);
        var read = AddressTextImporter.ReadPoints(pointsPath, register);
        var gazetteer = new AddressGazetteer(read.Where(r => r.Point is not null).Select(r => r.Point!));
        var network = StreetNetworkReader.Open(networkPath).Network;
        return new GeodataAddressData(dataset, register, StreetRulesFile.LoadFromGeodata(folder.Path, registry), read, gazetteer, network);
    }
}
