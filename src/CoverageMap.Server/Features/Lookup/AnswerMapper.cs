using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;
using CoverageMap.Server.Localization;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// Maps point locations and address resolutions to the one answer contract (status, basis, certainty, areas as
/// <see cref="AreaHitDto"/>, a localized message). Used by the point and address lookups, the batch and the streets.
/// Thread-safe.
/// </summary>
internal sealed class AnswerMapper(AnswerText text)
{
    public AnswerText Text => text;

    public LookupResponse Point(LocateResult r, SnapshotAnswers facts)
    {
        var hits = Hits(r);
        var status = r.Areas.Count switch { 0 => AddressResolutionStatus.NoPartnership, 1 when !r.OnBoundary => AddressResolutionStatus.Resolved, 1 => AddressResolutionStatus.Resolved, _ => AddressResolutionStatus.Multiple };
        Core.Addresses.Certainty certainty;
        if (r.OnBoundary) certainty = new Core.Addresses.Certainty(CertaintyLevel.Low, 0);
        else if (r.Nearest is { } n) certainty = Core.Addresses.Certainty.For(0, n.DistanceMetres, facts.AccuracyOf(n.PartnershipId));
        else if (facts.Snapshot.Index.NearestBorder(r.Latitude, r.Longitude) is { } b) certainty = Core.Addresses.Certainty.For(0, b.DistanceMetres, facts.AccuracyOf(b.PartnershipId));
        else certainty = new Core.Addresses.Certainty(CertaintyLevel.High, 0);
        var note = r.Areas.Count == 0 ? AnswerNote.PointOutside : r.OnBoundary ? AnswerNote.PointOnBorder : AnswerNote.PointInside;
        return new LookupResponse(status, AnswerBasis.Point, Certainty(certainty), r.Covered, r.OnBoundary, hits, Nearest(r),
            new LatLonDto(r.Latitude, r.Longitude), text.PointMessage(note, hits.Select(h => h.Name).ToList()), facts.Snapshot.Dataset.Version);
    }

    public AddressLookupResponse Address(string written, AddressResolution r, SnapshotAnswers facts) =>
        new(written, r.Status, r.Basis, Certainty(r.Certainty), Hits(r.Areas, facts), r.OutsideAlsoPossible,
            text.Message(r, written, facts.NameOf), r.Settle,
            r.Street is { } s ? new StreetRefDto(r.StreetId, s, r.StreetDistricts) : null, r.HouseNumber,
            r.Latitude is { } lat && r.Longitude is { } lon ? new LatLonDto(lat, lon) : null,
            r.AssumedNamesake, Alternatives(r, written, facts), r.RuleIds, facts.Snapshot.Dataset.Version);

    public IReadOnlyList<StreetAlternativeDto> Alternatives(AddressResolution r, string written, SnapshotAnswers facts) =>
        r.Alternatives.Select(a => new StreetAlternativeDto(a.StreetId, a.Name, a.Districts,
            a.Answer is { } x ? new AlternativeAnswerDto(x.Status, x.Basis, Certainty(x.Certainty), Hits(x.Areas, facts), x.OutsideAlsoPossible, text.Message(x, written, facts.NameOf)) : null)).ToList();

    public CertaintyDto Certainty(Certainty c) => new(c.Level, c.Metres, text.Certainty(c));

    public static IReadOnlyList<AreaHitDto> Hits(IReadOnlyList<AreaHit> hits, SnapshotAnswers facts) =>
        hits.Select(h => new AreaHitDto(h.PartnershipId, facts.NameOf(h.PartnershipId), h.Relation, h.LengthInsideMetres, h.LengthAlongBorderMetres)).ToList();

    public static IReadOnlyList<AreaHitDto> Hits(LocateResult r) =>
        r.Areas.Count == 0 ? [] : r.Areas.Select(a => new AreaHitDto(a.PartnershipId, a.Name, a.OnBoundary ? AreaRelation.OnBorder : AreaRelation.Inside, null, null)).ToArray();

    public static NearestAreaDto? Nearest(LocateResult r) =>
        r.Nearest is { } n ? new NearestAreaDto(n.PartnershipId, n.Name, Math.Round(n.DistanceMetres, 1)) : null;
}
