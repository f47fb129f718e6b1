using CoverageMap.Core.Review;

namespace CoverageMap.Server.Features.Editor;

/// <summary>A partnership's area compared: the change, hectares before and after, gained and lost (with their GeoJSON), changed facts.</summary>
internal sealed record AreaChangeDto(string PartnershipId, string Name, AreaChangeKind Kind, bool FactsChanged, double BeforeHectares, double AfterHectares, double GainedHectares, double LostHectares, System.Text.Json.JsonElement? Gained, System.Text.Json.JsonElement? Lost);
