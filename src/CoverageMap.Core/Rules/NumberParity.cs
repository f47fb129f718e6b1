namespace CoverageMap.Core.Rules;

/// <summary>Which house numbers of a range a street rule names.</summary>
public enum NumberParity
{
    /// <summary>Every number (<c>wszystkie</c>).</summary>
    All,

    /// <summary>Odd numbers only (<c>nieparzyste</c>).</summary>
    Odd,

    /// <summary>Even numbers only (<c>parzyste</c>).</summary>
    Even,
}
