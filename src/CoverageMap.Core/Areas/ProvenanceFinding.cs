using System.Globalization;
using CoverageMap.Core.Building;

namespace CoverageMap.Core.Areas;

/// <summary>
/// One thing a user of an area must know about how it was made, as a code and its facts; the sentence a person reads
/// comes from a catalogue. Recorded in <see cref="AreaProvenance.Findings"/> (JSON <c>findings</c>: <c>code</c>,
/// <c>facts</c>). Immutable.
/// </summary>
/// <param name="Code">One of <see cref="ProvenanceFindingCodes"/> or a <see cref="BuildDiagnosticCodes"/> code the
/// builder reported for the area (its decisions and warnings, never an error).</param>
/// <param name="Facts">The code's facts in the order its documentation lists them, as text: names as written, numbers
/// in the invariant culture rounded to two decimals, a list's items joined with <see cref="ListSeparator"/>.</param>
public sealed record ProvenanceFinding(string Code, IReadOnlyList<string> Facts)
{
    /// <summary>What joins the items of a fact that is a list (street names, hectares).</summary>
    public const string ListSeparator = "; ";

    /// <summary>The finding of a builder's diagnostic: its code and its facts as text.</summary>
    public static ProvenanceFinding Of(BuildDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new ProvenanceFinding(diagnostic.Code, diagnostic.Facts.Select(Text).ToArray());
    }

    /// <summary>A fact as text: a string as is, a number invariant to two decimals, a list its items joined.</summary>
    private static string Text(object fact) => fact switch
    {
        string s => s,
        double d => Math.Round(d, 2).ToString(CultureInfo.InvariantCulture),
        float f => Math.Round((double)f, 2).ToString(CultureInfo.InvariantCulture),
        IEnumerable<string> items => string.Join(ListSeparator, items),
        System.Collections.IEnumerable items => string.Join(ListSeparator, items.Cast<object>().Select(Text)),
        IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
        _ => fact.ToString() ?? "",
    };

    /// <summary>Value equality over the code and the facts' items.</summary>
    public bool Equals(ProvenanceFinding? other) =>
        other is not null && Code == other.Code && Facts.SequenceEqual(other.Facts);

    /// <summary>The code and its facts, for logs and test failures: <c>code(fact, fact)</c>.</summary>
    public override string ToString() => $"{Code}({string.Join(", ", Facts)})";

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Facts.Count);
}
