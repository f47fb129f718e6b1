namespace CoverageMap.Server.Features.Lists;

/// <summary>
/// The answer to one row of a list, as the added columns say it: the partnership (or the ones it may be, or none), the
/// certainty and the basis in words, a note, and why the row needs attention. <see cref="PartnershipIds"/> are the
/// partnerships of a definite answer (one, or none outside every area), for the summary. Immutable.
/// </summary>
internal sealed record ListAnswer(string Partnership, string Certainty, string Basis, string Notes, ListAttention Attention, IReadOnlyList<string> PartnershipIds);
