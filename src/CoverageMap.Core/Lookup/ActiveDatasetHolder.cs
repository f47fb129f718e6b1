using CoverageMap.Core.Areas;

namespace CoverageMap.Core.Lookup;

/// <summary>
/// Holds the <see cref="ActiveDataset"/> the service answers from and swaps it atomically. Thread-safe.
/// </summary>
/// <remarks>
/// <see cref="Activate"/> builds the new index off to the side, on the caller's thread, while requests keep
/// reading the old snapshot; only the finished snapshot is published, with a single reference exchange. A
/// request reads <see cref="Current"/> once and uses that snapshot throughout, so it never mixes two versions
/// and never sees a half-built index. Concurrent activations are allowed; the last one to finish wins.
/// Register one instance per application (a DI singleton).
/// </remarks>
public sealed class ActiveDatasetHolder
{
    private ActiveDataset _current = ActiveDataset.Empty;

    /// <summary>The active snapshot (<see cref="ActiveDataset.Empty"/> until a dataset is activated).</summary>
    public ActiveDataset Current => Volatile.Read(ref _current);

    /// <summary>Builds the index of <paramref name="dataset"/>, then makes it the active snapshot.</summary>
    /// <returns>The new snapshot.</returns>
    /// <exception cref="ArgumentException">An area's geometry cannot be indexed; the active snapshot is unchanged.</exception>
    public ActiveDataset Activate(Dataset dataset)
    {
        var next = new ActiveDataset(dataset);
        Interlocked.Exchange(ref _current, next);
        return next;
    }
}
