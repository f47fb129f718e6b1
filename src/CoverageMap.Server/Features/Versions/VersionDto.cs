namespace CoverageMap.Server.Features.Versions;

/// <summary>A dataset version as clients see it: what it is, who made it and why, and every period it served.</summary>
/// <param name="Id">The version's id: give it as <c>?version=</c> to a lookup or to <c>/api/areas</c>.</param>
/// <param name="Label">A human label of where the version came from.</param>
/// <param name="Origin"><c>seed</c> (the server's geodata folder), <c>import</c> (the import commands) or <c>editor</c> (a draft saved in the editor).</param>
/// <param name="IsActive">True for the version lookups answer from when they name no version or date.</param>
/// <param name="Partnerships">How many partnerships it holds.</param>
/// <param name="Areas">How many areas it holds.</param>
/// <param name="Created">When it was written, by whom and why (who and why when recorded).</param>
/// <param name="Activated">Its last activation, by whom and why; null for a draft never activated.</param>
/// <param name="Served">Every period it served, oldest first: from an activation until the next one (until null: it serves now).</param>
internal sealed record VersionDto(long Id, string Label, string Origin, bool IsActive, int Partnerships, int Areas,
    VersionEventDto Created, VersionEventDto? Activated, IReadOnlyList<ServicePeriodDto> Served);
