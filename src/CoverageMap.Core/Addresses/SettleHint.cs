namespace CoverageMap.Core.Addresses;

/// <summary>What would settle an answer that is not definite: the one thing to ask the person for.</summary>
public enum SettleHint
{
    /// <summary>The house number (a street-only question on a street that crosses or bounds areas).</summary>
    HouseNumber,

    /// <summary>The district, to choose between same-named streets.</summary>
    District,

    /// <summary>The postcode, to choose between same-named streets.</summary>
    Postcode,

    /// <summary>Pointing at the building on the map (a border street, or nothing known).</summary>
    PointOnMap,
}
