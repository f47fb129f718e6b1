namespace CoverageMap.Server.Features.Lists;

/// <summary>One row of a checked list as the page shows it: <c>Line</c>, the row's number as a spreadsheet numbers it
/// (the header is 1); <c>Address</c> as written (street and number joined when in two columns); the four added
/// columns' values — <c>Partnership</c> (Partnerstwo: one, the ones it may be joined with "albo", or none),
/// <c>Certainty</c> (Pewność, words and metres), <c>Basis</c> (Podstawa, in words), <c>Notes</c> (Uwagi, the answer's
/// sentence); and <c>Attention</c>, why the row needs attention (none for a definite answer).</summary>
internal sealed record ListRowDto(int Line, string Address, string Partnership, string Certainty, string Basis, string Notes, ListAttention Attention);
