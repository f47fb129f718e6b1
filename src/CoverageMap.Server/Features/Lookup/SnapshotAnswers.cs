using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>What the answers of one dataset snapshot need, built once per snapshot and address data: the resolver,
/// the street coverage, the partnerships' names and the areas' estimated accuracy. Immutable and thread-safe.</summary>
internal sealed class SnapshotAnswers
{
    private readonly Dictionary<string, string> _names;
    private readonly Dictionary<string, double> _accuracy;

    public SnapshotAnswers(ActiveDataset snapshot, AddressLookupData data, AddressResolver resolver, StreetAreaCoverage coverage)
    {
        (Snapshot, Data, Resolver, Coverage) = (snapshot, data, resolver, coverage);
        _names = snapshot.Dataset.Partnerships.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        _accuracy = snapshot.Dataset.Areas.GroupBy(a => a.PartnershipId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(a => a.Provenance.EstimatedAccuracyMetres), StringComparer.Ordinal);
    }

    public ActiveDataset Snapshot { get; }

    public AddressLookupData Data { get; }

    public AddressResolver Resolver { get; }

    public StreetAreaCoverage Coverage { get; }

    /// <summary>The partnership's name (its id only if the registry lacks it).</summary>
    public string NameOf(string partnershipId) => _names.GetValueOrDefault(partnershipId, partnershipId);

    /// <summary>The estimated accuracy of the partnership's area border, metres (0 when unknown).</summary>
    public double AccuracyOf(string partnershipId) => _accuracy.GetValueOrDefault(partnershipId);
}
