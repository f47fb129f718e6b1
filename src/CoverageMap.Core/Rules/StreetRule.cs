using CoverageMap.Core.Addresses;
using CoverageMap.Core.Streets;

namespace CoverageMap.Core.Rules;

/// <summary>
/// A street rule: the houses of <see cref="Street"/> numbered <see cref="From"/>–<see cref="To"/> (inclusive) of the
/// given parity belong to <see cref="PartnershipId"/>. A rule wins over the polygons for the addresses it names.
/// Immutable.
/// </summary>
/// <remarks>
/// The range compares the number part only: <c>12A</c> and <c>12/14</c> are inside 1–27 because 12 is, and their
/// parity is that of 12 (even). <see cref="To"/> null is an open range, "od 30 do końca".
/// </remarks>
/// <param name="Id">A stable id of the rule within the file, used in reports.</param>
/// <param name="Street">The street as the rule's source writes it.</param>
/// <param name="StreetId">The official street id (TERYT ULIC), when known; it is matched before the name.</param>
/// <param name="From">First house number of the range (≥ 1).</param>
/// <param name="To">Last house number of the range, or null for "to the end of the street".</param>
/// <param name="Parity">Odd, even or all numbers.</param>
/// <param name="PartnershipId">The partnership the addresses belong to.</param>
/// <param name="Source">Where the rule comes from (a document, a decision).</param>
/// <param name="Note">Anything a reader must know about the rule.</param>
public sealed record StreetRule(
    string Id,
    string Street,
    string? StreetId,
    int From,
    int? To,
    NumberParity Parity,
    string PartnershipId,
    string? Source = null,
    string? Note = null)
{
    /// <summary>True when the house number lies in the range and has the rule's parity.</summary>
    public bool Covers(HouseNumber number) =>
        number.Number >= From
        && (To is null || number.Number <= To.Value)
        && Parity switch
        {
            NumberParity.Odd => !number.IsEven,
            NumberParity.Even => number.IsEven,
            _ => true,
        };

    /// <summary>True when some house number is covered by both rules (ranges overlap and parities are compatible).</summary>
    public bool Overlaps(StreetRule other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var lo = Math.Max(From, other.From);
        var hi = Math.Min(To ?? int.MaxValue, other.To ?? int.MaxValue);
        if (lo > hi) return false;
        if (Parity == NumberParity.All || other.Parity == NumberParity.All || Parity == other.Parity)
        {
            // Same or unrestricted parity: any number in [lo, hi] of the stricter parity qualifies.
            var parity = Parity == NumberParity.All ? other.Parity : Parity;
            return parity switch
            {
                NumberParity.Odd => lo % 2 == 1 || lo + 1 <= hi,
                NumberParity.Even => lo % 2 == 0 || lo + 1 <= hi,
                _ => true,
            };
        }
        return false;
    }
}
