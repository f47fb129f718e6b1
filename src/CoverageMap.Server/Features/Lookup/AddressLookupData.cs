using CoverageMap.Core.Addresses;
using CoverageMap.Core.Rules;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Registry;
using CoverageMap.Data.Rules;
using CoverageMap.Data.Store;
using CoverageMap.Data.Streets;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// What address lookups need besides the areas: the street register, the street rules, the gazetteer and the street
/// network. Loaded once at start-up; immutable and thread-safe.
/// </summary>
/// <remarks>Settings (all optional; without them address lookups find no street): <c>Addresses:StreetsTxt</c> and
/// <c>Addresses:TerytCsv</c> (the register), <c>Addresses:Geodata</c> (folder with <c>partnerships.json</c> and
/// <c>street-rules.json</c>), <c>Addresses:Store</c> (SQLite file holding the gazetteer).</remarks>
internal sealed record AddressLookupData(StreetRegister Register, StreetRuleSet Rules, AddressGazetteer Gazetteer, StreetNetwork Network)
{
    public static AddressLookupData Empty { get; } = new(new StreetRegister([]), StreetRuleSet.Empty, AddressGazetteer.Empty, new StreetNetwork([], "none"));

    public static AddressLookupData FromConfiguration(IConfiguration config)
    {
        var streets = config["Addresses:StreetsTxt"];
        var register = string.IsNullOrEmpty(streets) ? Empty.Register : StreetRegisterFile.Load(streets, config["Addresses:TerytCsv"]);
        var geodata = config["Addresses:Geodata"];
        var rules = StreetRuleSet.Empty;
        if (!string.IsNullOrEmpty(geodata))
            rules = StreetRulesFile.LoadFromGeodata(geodata, PartnershipRegistryFile.Load(Path.Combine(geodata, PartnershipRegistryFile.FileName)));
        var store = config["Addresses:Store"];
        var gazetteer = string.IsNullOrEmpty(store) || !File.Exists(store)
            ? AddressGazetteer.Empty
            : new AddressPointStore(StoreOptions.Sqlite(store)).LoadGazetteerAsync().GetAwaiter().GetResult();
        return new AddressLookupData(register, rules, gazetteer, Empty.Network);
    }
}
