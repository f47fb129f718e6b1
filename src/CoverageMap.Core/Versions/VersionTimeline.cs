namespace CoverageMap.Core.Versions;

/// <summary>
/// Which dataset version served when: the activations in time order, each version serving from its activation until
/// the next one (the last until now). Built once from the store's activation history and shared. Thread-safe and immutable.
/// </summary>
public sealed class VersionTimeline
{
    private readonly DateTimeOffset[] _at;
    private readonly long[] _versions;

    /// <summary>The timeline of <paramref name="activations"/> (any order; equal instants keep their given order).</summary>
    public VersionTimeline(IEnumerable<(DateTimeOffset At, long Version)> activations)
    {
        ArgumentNullException.ThrowIfNull(activations);
        var sorted = activations.Select((a, i) => (a.At, a.Version, i)).OrderBy(a => a.At).ThenBy(a => a.i).ToArray();
        _at = [.. sorted.Select(a => a.At)];
        _versions = [.. sorted.Select(a => a.Version)];
    }

    /// <summary>The timeline with no activation.</summary>
    public static VersionTimeline Empty { get; } = new([]);

    /// <summary>The first activation, or null when nothing was ever activated.</summary>
    public DateTimeOffset? First => _at.Length == 0 ? null : _at[0];

    /// <summary>The version that served at <paramref name="instant"/>: the last one activated at or before it; null before the first activation.</summary>
    public long? VersionAt(DateTimeOffset instant)
    {
        int lo = 0, hi = _at.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (_at[mid] <= instant) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found < 0 ? null : _versions[found];
    }
}
