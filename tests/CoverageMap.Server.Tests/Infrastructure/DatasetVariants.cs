using CoverageMap.Core.Areas;

namespace CoverageMap.Server.Tests.Infrastructure;

/// <summary>Small changes to a test dataset. Each call builds a new dataset; the given one is not changed.</summary>
internal static class DatasetVariants
{
    /// <summary>The dataset with partnership <paramref name="partnershipId"/> working in <paramref name="district"/>
    /// (the resolver reads the districts partnerships serve: a street elsewhere is in no area).</summary>
    public static Dataset WithDistrict(this Dataset dataset, string partnershipId, string district) =>
        dataset with { Partnerships = dataset.Partnerships.Select(p => p.Id == partnershipId ? p with { District = district } : p).ToList() };
}
