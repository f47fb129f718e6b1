namespace CoverageMap.Core.Addresses;

/// <summary>What an address resolution rests on (the <c>basis</c> field of the API). Stateless.</summary>
public static class ResolutionBasis
{
    /// <summary>A street rule names the address.</summary>
    public const string StreetRule = "street-rule";

    /// <summary>The gazetteer's address point lies in the area.</summary>
    public const string AddressPoint = "address-point";

    /// <summary>Only the street is known: the areas the street runs through or along.</summary>
    public const string StreetLevel = "street-level";
}
