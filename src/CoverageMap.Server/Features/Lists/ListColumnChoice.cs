namespace CoverageMap.Server.Features.Lists;

/// <summary>The address columns a person chose, by their names in the file; null ones are recognised. Immutable.</summary>
internal sealed record ListColumnChoice(string? Address, string? Street, string? Number, string? District);
