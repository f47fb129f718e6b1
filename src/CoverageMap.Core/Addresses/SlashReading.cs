namespace CoverageMap.Core.Addresses;

/// <summary>How the <c>A/B</c> form of a typed house number was read (see <see cref="AddressParser"/>).</summary>
public enum SlashReading
{
    /// <summary>No slash in the house number.</summary>
    None,

    /// <summary><c>A/B</c> is one building with a double number (<c>15/19</c>, <c>12/14</c>).</summary>
    DoubleNumber,

    /// <summary><c>A/B</c> is building A, flat B (<c>24/3</c>).</summary>
    Unit,
}
