using CoverageMap.Core.Areas;

namespace CoverageMap.Core.Lookup;

/// <summary>
/// The dataset the service answers from, together with its index: one snapshot, read once per request so that
/// everything a request reports comes from the same version. Thread-safe and immutable.
/// </summary>
public sealed class ActiveDataset
{
    /// <summary>Builds the index of <paramref name="dataset"/> (which may take a while) and pairs them.</summary>
    public ActiveDataset(Dataset dataset) : this(dataset, new AreaIndex(dataset)) { }

    private ActiveDataset(Dataset dataset, AreaIndex index)
    {
        Dataset = dataset;
        Index = index;
        LoadedAt = DateTimeOffset.UtcNow;
        ActivatedAt = dataset.ActivatedAt ?? LoadedAt;
    }

    /// <summary>The snapshot of an empty dataset (version 0), active until a source provides one.</summary>
    public static ActiveDataset Empty { get; } = new(new Dataset(0, "empty", [], []), AreaIndex.Empty);

    /// <summary>The dataset.</summary>
    public Dataset Dataset { get; }

    /// <summary>The index of <see cref="Dataset"/>'s areas.</summary>
    public AreaIndex Index { get; }

    /// <summary>When the dataset's version was activated in its store (UTC); for a dataset with no such time, <see cref="LoadedAt"/>.</summary>
    public DateTimeOffset ActivatedAt { get; }

    /// <summary>When this snapshot was built in this process (UTC).</summary>
    public DateTimeOffset LoadedAt { get; }
}
