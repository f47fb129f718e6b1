namespace CoverageMap.Data.Exchange;

/// <summary>Why an import rejected a record (<see cref="ExchangeNote.Rejection"/>), with the facts each member lists in order.</summary>
public enum ExchangeRejection
{
    /// <summary>The record has no partnership id. No facts.</summary>
    NoPartnershipId,

    /// <summary>A second feature for the same partnership. No facts.</summary>
    SecondFeature,

    /// <summary>No partnership record, and the active version has no such partnership. No facts.</summary>
    NoPartnershipRecord,

    /// <summary>The partnership record is not readable. Facts: the field where the JSON reader stopped (e.g. <c>founded</c>; empty for the record as a whole).</summary>
    PartnershipUnreadable,

    /// <summary>The partnership record names another id. Facts: that id (or empty).</summary>
    PartnershipOtherId,

    /// <summary>The area's provenance is not readable. Facts: the field where the JSON reader stopped (empty for the provenance as a whole).</summary>
    ProvenanceUnreadable,

    /// <summary>The geometry is not a Polygon or MultiPolygon. Facts: its type.</summary>
    NotAPolygon,

    /// <summary>The geometry is empty. No facts.</summary>
    EmptyGeometry,

    /// <summary>The coordinates are not WGS 84 longitude/latitude (a projected layer). No facts.</summary>
    NotLonLat,

    /// <summary>Not a valid polygon, and repairing it leaves no area. Facts: what the validator found (a name of NTS's <c>TopologyValidationErrors</c>, e.g. <c>SelfIntersection</c>), the latitude and longitude (or two empty strings).</summary>
    Unrepairable,
}
