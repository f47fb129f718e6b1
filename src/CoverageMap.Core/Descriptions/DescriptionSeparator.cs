namespace CoverageMap.Core.Descriptions;

/// <summary>What stood before a street in a description's list.</summary>
public enum DescriptionSeparator
{
    /// <summary>Nothing: the first item of the list.</summary>
    None,

    /// <summary>A slash: <c>Broniewskiego/Krasińskiego</c>.</summary>
    Slash,

    /// <summary>A comma (or a semicolon).</summary>
    Comma,

    /// <summary>The word „i”: <c>Popiełuszki i Broniewskiego</c>.</summary>
    And,

    /// <summary>The word „oraz”.</summary>
    AlsoAnd,

    /// <summary>The word „a” of „między X a Y”.</summary>
    Between,
}
