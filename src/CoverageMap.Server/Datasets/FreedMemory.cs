namespace CoverageMap.Server.Datasets;

/// <summary>
/// Gives the memory freed by a load back to the operating system. Loading a dataset or the address data (parsing,
/// seeding, building indexes) leaves the heap several times larger than what stays live — with the bundled data about
/// 17 MB live after start-up, while the process held ~260 MB — and the server GC keeps that free memory committed.
/// One blocking, compacting, aggressive collection after each load (start-up, a new active version, a new gazetteer;
/// rare events) returns it: idle RSS with the bundled data 263 → 153 MB (docs/benchmarks.md). Thread-safe.
/// </summary>
internal static class FreedMemory
{
    public static void Release() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
