namespace CoverageMap.Server.Features.Editor;

/// <summary>The description read: the delimiting clause, the streets in order, the extras.</summary>
internal sealed record ParseResponse(string SourceText, DescribedStreetDto[] Streets, DescribedExtraDto[] Extras);
