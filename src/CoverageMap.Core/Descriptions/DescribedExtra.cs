namespace CoverageMap.Core.Descriptions;

/// <summary>A named feature a description says belongs to the area („w tym Park Kaskada”). Immutable.</summary>
/// <param name="Written">The feature as written: <c>Park Kaskada</c>.</param>
/// <param name="Kind">What it is, from its first word: <c>park</c>, <c>skwer</c>, <c>osiedle</c>, <c>ogród</c>,
/// <c>plac</c>, or <c>feature</c>.</param>
/// <param name="Start">Where it starts in the description (UTF-16 offset).</param>
public sealed record DescribedExtra(string Written, string Kind, int Start);
