namespace CoverageMap.Core.Problems;

/// <summary>
/// Why an input cannot be used as given: the code of an <see cref="InputFault"/>. Each member's documentation lists its
/// facts in order; the server's catalogue <c>InputProblems.resx</c> (Polish) and <c>InputProblems.en.resx</c> have one
/// sentence per member, under the member's name, its facts as <c>{0}</c>, <c>{1}</c>, … (a test checks both).
/// </summary>
public enum InputProblem
{
    // ---- Registry files: partnerships.json and street-rules.json. Where a fact is "who", it is the entry's number
    // (from 1) and its id, e.g. facts "3", "moje-wierzbno".

    /// <summary>The file is not valid JSON. Facts: line, position in the line.</summary>
    RegistryNotJson,

    /// <summary>The file holds JSON null. No facts.</summary>
    RegistryEmpty,

    /// <summary>An unsupported schema. Facts: the schema found, the one expected.</summary>
    RegistrySchema,

    /// <summary>The registry lists no partnership. No facts.</summary>
    RegistryNoPartnerships,

    /// <summary>A partnership's id is not a lowercase ASCII slug. Facts: number, id.</summary>
    RegistryIdNotSlug,

    /// <summary>Two partnerships (or rules) share an id. Facts: number, id.</summary>
    RegistryIdTwice,

    /// <summary>A required text is empty. Facts: number, id, the field's name in the file (name, district, description).</summary>
    RegistryFieldEmpty,

    /// <summary>"founded" is not YYYY, YYYY-MM or YYYY-MM-DD. Facts: number, id, the value.</summary>
    RegistryFounded,

    /// <summary>A partnership's source is not among the registry's sources. Facts: number, id, the source.</summary>
    RegistryUnknownSource,

    /// <summary>A former name ends before it starts. Facts: number, id, the former name, its end, its start.</summary>
    RegistryFormerNameYears,

    /// <summary>A partnership has no boundary. Facts: number, id.</summary>
    RegistryNoBoundary,

    /// <summary>boundary.basis is not one of the known ones. Facts: number, id, the value, the known ones.</summary>
    RegistryBasis,

    /// <summary>A boundary names fewer than two streets. Facts: number, id.</summary>
    RegistryTooFewStreets,

    /// <summary>A bounding street has no name. Facts: number, id.</summary>
    RegistryStreetNoName,

    /// <summary>A supplementary street does not say why it is needed. Facts: number, id, the street.</summary>
    RegistryStreetNoWhy,

    /// <summary>An extra has an unknown rule. Facts: number, id, the extra's name, its rule, the known rules.</summary>
    RegistryExtraRule,

    /// <summary>A street rule's required text is empty. Facts: number, id, the field's name (id, street, partnershipId).</summary>
    RulesFieldEmpty,

    /// <summary>A street rule's "from" is below 1. Facts: number, id, the value.</summary>
    RulesFromBelowOne,

    /// <summary>A street rule's "to" is below its "from". Facts: number, id, to, from.</summary>
    RulesToBelowFrom,

    /// <summary>A street rule names a partnership the registry does not have. Facts: number, id, the partnership's id.</summary>
    RulesUnknownPartnership,

    // ---- Area files: exchange formats (GeoJSON, GeoPackage, Shapefile, KML, CSV), areas GeoJSON, the geodata folder,
    // the store. Facts start with the file's name where there is one.

    /// <summary>The file is not a GeoJSON FeatureCollection. Facts: the file.</summary>
    NotFeatureCollection,

    // ---- Street networks, street registers and address files. Facts start with the file's name where there is one.

    /// <summary>The file is not valid JSON. Facts: the file, line, position in the line.</summary>
    NotJson,
}
