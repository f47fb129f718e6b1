namespace CoverageMap.Core.Tests.Building;

/// <summary>A clock that always says the same instant. Immutable.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
