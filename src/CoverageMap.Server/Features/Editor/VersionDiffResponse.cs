namespace CoverageMap.Server.Features.Editor;

/// <summary>Two versions compared: the areas, and the gazetteer's addresses that change partnership (all counted, the first ones listed).</summary>
internal sealed record VersionDiffResponse(long From, long To, AreaChangeDto[] Areas, int AddressesCompared, int AddressesMoved, MoveCountDto[] MovesByChange, AddressMoveDto[] Moves);
