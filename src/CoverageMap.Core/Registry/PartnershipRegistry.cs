namespace CoverageMap.Core.Registry;

/// <summary>The registry of partnerships: <c>geodata/partnerships.json</c>. Immutable.</summary>
/// <param name="Schema">Schema version of the file.</param>
/// <param name="Sources">The documents the facts come from, by id.</param>
/// <param name="Partnerships">The partnerships.</param>
public sealed record PartnershipRegistry(int Schema, IReadOnlyList<RegistrySource> Sources, IReadOnlyList<Partnership> Partnerships)
{
    /// <summary>The partnership with the given id, or null.</summary>
    public Partnership? Find(string id) => Partnerships.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}

/// <summary>A source document of the registry.</summary>
public sealed record RegistrySource(string Id, string Title, string Description);
