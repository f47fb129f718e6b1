using CoverageMap.Data.Store;

namespace CoverageMap.Server.Features.Editor;

/// <summary>
/// Makes sure the store's schema (keys, audit log, versions) exists before the editor first uses it: the store is
/// migrated at start when it is the dataset source, but a server fed by another source (a fixed or synthetic dataset)
/// never touches it. Migrating is idempotent; it runs once per process. Thread-safe.
/// </summary>
internal sealed class EditorStoreReadiness(DatasetStore store)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile bool _ready;

    public async Task EnsureAsync(CancellationToken ct)
    {
        if (_ready) return;
        await _gate.WaitAsync(ct);
        try
        {
            if (_ready) return;
            await store.MigrateAsync(ct);
            _ready = true;
        }
        finally
        {
            _gate.Release();
        }
    }
}
