using CoverageMap.Core.Areas;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Lookup;

namespace CoverageMap.Core.Tests.Lookup;

public class ActiveDatasetHolderTests
{
    [Fact]
    public void Starts_empty_and_activation_replaces_the_snapshot()
    {
        var holder = new ActiveDatasetHolder();
        Assert.Same(ActiveDataset.Empty, holder.Current);
        var snapshot = holder.Activate(SquareDataset.Create(version: 5));
        Assert.Same(snapshot, holder.Current);
        Assert.Equal(5, holder.Current.Dataset.Version);
        Assert.Equal(3, holder.Current.Index.Count);
    }

    [Fact]
    public void A_failed_activation_leaves_the_active_snapshot_unchanged()
    {
        var holder = new ActiveDatasetHolder();
        var good = holder.Activate(SquareDataset.Create(version: 1));
        var line = Geo.Factory.CreateLineString([new(21, 52), new(21.1, 52.1)]);
        Assert.Throws<ArgumentException>(() => holder.Activate(new Dataset(2, "bad", [], [new Area("x", line, SquareDataset.Provenance())])));
        Assert.Same(good, holder.Current);
    }

    [Fact]
    public async Task Readers_never_see_a_mixed_or_half_built_dataset_while_datasets_are_swapped()
    {
        var holder = new ActiveDatasetHolder();
        var a = SquareDataset.Create(version: 1, prefix: "a");
        var b = SquareDataset.Create(version: 2, prefix: "b", count: 2);
        holder.Activate(a);
        using var stop = new CancellationTokenSource();
        int checkedAnswers = 0;
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var snap = holder.Current;
                var result = snap.Index.Locate(52.205, 21.015);
                var prefix = snap.Dataset.Version == 1 ? "a-" : "b-";
                var match = Assert.Single(result.Areas);
                Assert.StartsWith(prefix, match.PartnershipId);
                Assert.Equal(snap.Dataset.Version == 1 ? 3 : 2, snap.Index.Count);
                Interlocked.Increment(ref checkedAnswers);
            }
        })).ToArray();
        int swaps = 0;
        while (swaps < 200 || Volatile.Read(ref checkedAnswers) < 20_000) holder.Activate(swaps++ % 2 == 0 ? b : a);
        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.True(checkedAnswers >= 20_000);
    }
}
