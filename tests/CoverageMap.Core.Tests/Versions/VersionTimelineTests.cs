using CoverageMap.Core.Versions;

namespace CoverageMap.Core.Tests.Versions;

/// <summary>Which version served when: the last activation at or before the instant.</summary>
public sealed class VersionTimelineTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_version_serves_from_its_activation_until_the_next_and_nothing_before_the_first()
    {
        var timeline = new VersionTimeline([(T0.AddDays(10), 3L), (T0, 1L), (T0.AddDays(5), 2L), (T0.AddDays(20), 1L)]);

        Assert.Null(timeline.VersionAt(T0.AddTicks(-1)));
        Assert.Equal(1, timeline.VersionAt(T0));
        Assert.Equal(1, timeline.VersionAt(T0.AddDays(5).AddTicks(-1)));
        Assert.Equal(2, timeline.VersionAt(T0.AddDays(5)));
        Assert.Equal(3, timeline.VersionAt(T0.AddDays(19)));
        Assert.Equal(1, timeline.VersionAt(T0.AddDays(400)));   // rolled back to 1
        Assert.Equal(T0, timeline.First);
        Assert.Null(VersionTimeline.Empty.VersionAt(T0));
    }
}
