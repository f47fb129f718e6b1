using CoverageMap.Core.Problems;
using CoverageMap.Data.Store;
using CoverageMap.Tests.Shared.Postgres;
using Microsoft.Data.Sqlite;

namespace CoverageMap.Data.Tests.Store;

/// <summary>API keys (hashes only, revocation) and the audit log of drafts and activations, on a real SQLite file and on PostgreSQL.</summary>
public sealed class ApiKeyAndAuditTests(PostgresFixture postgres) : IClassFixture<PostgresFixture>, IDisposable
{
    private readonly List<TestStore> _stores = [];
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-keys-").FullName;
    private string DbPath => Path.Combine(_dir, "store.db");

    private async Task<(DatasetStore Store, ApiKeyStore Keys, AuditedChanges Changes)> OpenAsync(string provider)
    {
        var test = await TestStore.CreateAsync(provider, postgres);
        _stores.Add(test);
        var options = provider == TestStore.Sqlite ? StoreOptions.Sqlite(DbPath) : test.Options;
        var store = new DatasetStore(options);
        await store.MigrateAsync();
        return (store, new ApiKeyStore(options), new AuditedChanges(store, options));
    }

    [Fact]
    public async Task A_created_key_verifies_by_its_token_and_the_store_keeps_only_its_hash()
    {
        var (_, keys, _) = await OpenAsync(TestStore.Sqlite);   // reads the SQLite file's bytes
        var issued = await keys.CreateAsync("Anna Kowalska, OPS Żoliborz", [ApiKeyScopes.Edit]);

        Assert.StartsWith(ApiKeyStore.TokenPrefix, issued.Token, StringComparison.Ordinal);
        Assert.True(issued.Token.Length >= 40);
        var verified = await keys.VerifyAsync(issued.Token);
        Assert.NotNull(verified);
        Assert.Equal("Anna Kowalska, OPS Żoliborz", verified.Name);
        Assert.True(verified.Has(ApiKeyScopes.Edit));
        Assert.False(verified.Has(ApiKeyScopes.Activate));
        Assert.Null(await keys.VerifyAsync(issued.Token + "x"));
        Assert.Null(await keys.VerifyAsync("Bearer " + issued.Token));

        // Nothing in the file holds the token: only its SHA-256.
        var bytes = await File.ReadAllBytesAsync(DbPath);
        SqliteConnection.ClearAllPools();
        var all = System.Text.Encoding.UTF8.GetString(bytes) + (File.Exists(DbPath + "-wal") ? System.Text.Encoding.UTF8.GetString(await File.ReadAllBytesAsync(DbPath + "-wal")) : "");
        Assert.DoesNotContain(issued.Token, all, StringComparison.Ordinal);
        Assert.Contains(ApiKeyStore.Hash(issued.Token), all, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task A_revoked_key_no_longer_verifies_and_both_events_are_audited(string provider)
    {
        var (_, keys, changes) = await OpenAsync(provider);
        var issued = await keys.CreateAsync("GIS Bielany", [ApiKeyScopes.Edit, ApiKeyScopes.Activate]);
        Assert.True(await keys.RevokeAsync(issued.Key.Id));
        Assert.False(await keys.RevokeAsync(issued.Key.Id));
        Assert.Null(await keys.VerifyAsync(issued.Token));
        var listed = Assert.Single(await keys.ListAsync());
        Assert.NotNull(listed.RevokedAt);
        Assert.Equal(["edit", "activate"], listed.Scopes);

        var audit = await changes.ListAsync();
        Assert.Equal([AuditActions.KeyRevoked, AuditActions.KeyCreated], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("cli", a.Actor));
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Bad_names_and_scopes_are_refused(string provider)
    {
        var (_, keys, _) = await OpenAsync(provider);
        Assert.Equal(InputFault.Of(InputProblem.KeyNameLength, "200"), (await Assert.ThrowsAsync<InputProblemException>(() => keys.CreateAsync("  ", [ApiKeyScopes.Edit]))).Fault);
        Assert.Equal(InputProblem.KeyNameLength, (await Assert.ThrowsAsync<InputProblemException>(() => keys.CreateAsync(new string('x', 201), [ApiKeyScopes.Edit]))).Fault.Problem);
        Assert.Equal(InputFault.Of(InputProblem.KeyScopesUnknown, "edit, activate", "admin"), (await Assert.ThrowsAsync<InputProblemException>(() => keys.CreateAsync("x", ["admin"]))).Fault);
        Assert.Equal(InputFault.Of(InputProblem.KeyScopesNone, "edit, activate"), (await Assert.ThrowsAsync<InputProblemException>(() => keys.CreateAsync("x", []))).Fault);
        Assert.Empty(await keys.ListAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Providers), MemberType = typeof(TestStore))]
    public async Task Drafts_stay_inactive_and_activation_and_rollback_record_who_when_and_why(string provider)
    {
        var (store, keys, changes) = await OpenAsync(provider);
        var key = (await keys.CreateAsync("Jan Nowak", [ApiKeyScopes.Edit, ApiKeyScopes.Activate])).Key;
        var v1 = (await store.ImportAsync(SquareDataset.Create(), "v1", dryRun: false)).VersionId!.Value;
        await store.ActivateAsync(v1);

        var draft = await changes.SaveDraftAsync(SquareDataset.Create(prefix: "q"), "szkic", key, "q-1", "Nowy opis granic");
        var v2 = draft.VersionId!.Value;
        Assert.Equal(v1, await store.GetActiveVersionIdAsync());
        Assert.Equal(DatasetOrigins.Editor, (await store.ListVersionsAsync()).Single(v => v.Id == v2).Origin);

        Assert.Equal(v1, await changes.ActivateAsync(v2, key, "Zatwierdzone na spotkaniu partnerstwa"));
        Assert.Equal(v2, await store.GetActiveVersionIdAsync());
        Assert.Equal(v2, await changes.ActivateAsync(v1, key, "Wycofanie: błąd w granicy"));
        Assert.Equal(v1, await store.GetActiveVersionIdAsync());
        Assert.Equal(InputFault.Of(InputProblem.NoSuchVersion, "999"), (await Assert.ThrowsAsync<InputProblemException>(() => changes.ActivateAsync(999, key, "nic"))).Fault);

        var audit = (await changes.ListAsync()).Where(a => a.Actor == "Jan Nowak").ToList();
        Assert.Equal([AuditActions.RolledBack, AuditActions.Activated, AuditActions.DraftSaved], audit.Select(a => a.Action));
        Assert.Equal(("Wycofanie: błąd w granicy", v1, (long?)v2), (audit[0].Reason, audit[0].VersionId!.Value, audit[0].PreviousVersionId));
        Assert.Equal("q-1", audit[2].PartnershipId);
        Assert.All(audit, a => Assert.True(DateTimeOffset.UtcNow - a.At < TimeSpan.FromMinutes(5)));
    }

    public void Dispose()
    {
        foreach (var s in _stores) s.Dispose();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
