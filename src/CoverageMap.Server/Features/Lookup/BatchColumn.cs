namespace CoverageMap.Server.Features.Lookup;

/// <summary>What a batch field or CSV column holds.</summary>
internal enum BatchColumn
{
    Other,
    Id,
    Lat,
    Lon,
    X,
    Y,
    Srid,
    Address,
    Street,
    Number,
    District,
}
