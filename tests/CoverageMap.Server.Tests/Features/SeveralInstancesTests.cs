using System.Diagnostics;
using CoverageMap.Data.Geodata;
using CoverageMap.Data.Store;
using CoverageMap.Server.Tests.Infrastructure;
using CoverageMap.Tests.Shared.Postgres;
using Xunit.Abstractions;

namespace CoverageMap.Server.Tests.Features;

/// <summary>
/// Issue 11: several instances on one PostgreSQL database. Two real servers (processes of their own, Kestrel on
/// loopback) share a database; a version activated as <c>coveragemap activate</c> does reaches both within 5 s through
/// LISTEN/NOTIFY (polling is set to 5 minutes, so it cannot be what delivers it); one is killed with SIGKILL under load
/// and the other answers every request.
/// </summary>
public sealed class SeveralInstancesTests(PostgresFixture postgres, ITestOutputHelper output) : IClassFixture<PostgresFixture>
{
    private const string InKaskada = "/api/lookup?lat=52.2733&lon=20.97116";
    private static readonly TimeSpan Reach = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task An_activation_reaches_both_instances_within_five_seconds_and_killing_one_under_load_costs_the_other_no_request()
    {
        var cs = await postgres.CreateDatabaseAsync();
        var settings = new Dictionary<string, string?>(TestSettings.NoStreets())
        {
            ["CoverageMap:Store:Postgres"] = cs,
            ["CoverageMap:Store:Geodata"] = SharedData.RepoPath("geodata"),
            ["CoverageMap:Store:ReloadSeconds"] = "300",
            ["CoverageMap:Store:SeedAddressPoints"] = "false",
            ["RateLimiting:PermitLimit"] = "0",
        };
        using var a = await ServerProcess.StartAsync(settings, TimeSpan.FromSeconds(90));
        using var b = await ServerProcess.StartAsync(settings, TimeSpan.FromSeconds(90));
        using var httpA = new HttpClient { BaseAddress = a.Address, Timeout = TimeSpan.FromSeconds(10) };
        using var httpB = new HttpClient { BaseAddress = b.Address, Timeout = TimeSpan.FromSeconds(10) };

        var store = new DatasetStore(StoreOptions.Postgres(cs));
        var v1 = (await store.GetActiveVersionIdAsync())!.Value;
        Assert.Equal([v1, v1], [await VersionAsync(httpA), await VersionAsync(httpB)]);
        Assert.Equal(["marymont-kaskada"], (await (await httpB.GetAsync(InKaskada)).Json()).GetProperty("areas").Ids());

        // An operator imports a dataset without Marymont-Kaskada's area and activates it (as `coveragemap activate` does).
        var current = new GeodataFolder(SharedData.RepoPath("geodata")).LoadDataset();
        var reduced = current with { Areas = current.Areas.Where(x => x.PartnershipId != "marymont-kaskada").ToList() };
        var v2 = (await store.ImportAsync(reduced, "operator import", dryRun: false)).VersionId!.Value;
        var clock = Stopwatch.StartNew();
        await store.ActivateAsync(v2);
        var reachedA = await ReachAsync(httpA, v2);
        var reachedB = await ReachAsync(httpB, v2);
        output.WriteLine($"version {v2} activated: instance A serves it after {reachedA.TotalMilliseconds:F0} ms, B after {reachedB.TotalMilliseconds:F0} ms (clock {clock.ElapsedMilliseconds} ms)");
        Assert.False((await (await httpB.GetAsync(InKaskada)).Json()).GetProperty("covered").GetBoolean());

        // Load on both; A is killed with SIGKILL mid-load; B must answer every request.
        using var stop = new CancellationTokenSource();
        var loadA = LoadAsync(httpA, 4, stop.Token);
        var loadB = LoadAsync(httpB, 4, stop.Token);
        await Task.Delay(1500);   // load for a while before the kill: a duration, not a wait for a condition
        a.Kill();
        var killedAt = clock.Elapsed;
        await Task.Delay(2000);   // and for a while after it

        // B still follows the store after A died: v1 again, within 5 s.
        await store.ActivateAsync(v1);
        var reachedAgain = await ReachAsync(httpB, v1);
        stop.Cancel();
        var (okA, failedA) = await loadA;
        var (okB, failedB) = await loadB;
        output.WriteLine($"A killed at {killedAt.TotalSeconds:F1} s: A answered {okA} and failed {failedA} (after its death); B answered {okB}, failed {failedB}; B served version {v1} again after {reachedAgain.TotalMilliseconds:F0} ms");

        Assert.True(reachedA < Reach && reachedB < Reach, $"A {reachedA}, B {reachedB}\nA's log:\n{a.Log}");
        Assert.True(reachedAgain < Reach, $"B {reachedAgain}\n{b.Log}");
        Assert.Equal(0, failedB);
        Assert.True(okB > 100, $"B answered only {okB} requests");
        Assert.True(failedA > 0, "requests to the killed instance should have failed (else A was not killed mid-load)");
    }

    private static async Task<long> VersionAsync(HttpClient http) =>
        (await (await http.GetAsync("/healthz")).Json()).GetProperty("datasetVersion").GetInt64();

    /// <summary>How long until <paramref name="http"/>'s instance serves <paramref name="version"/>; gives up (and says so by the time) after 10 s.</summary>
    private static async Task<TimeSpan> ReachAsync(HttpClient http, long version)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            if (await VersionAsync(http) == version) return clock.Elapsed;
            await Task.Delay(20);   // the instance gives no other signal; /healthz is the observable state
        }
        return TimeSpan.MaxValue;
    }

    /// <summary><paramref name="workers"/> loops of lookups until cancelled: how many answered 200 and how many failed.</summary>
    private static async Task<(int Ok, int Failed)> LoadAsync(HttpClient http, int workers, CancellationToken ct)
    {
        int ok = 0, failed = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            while (!ct.IsCancellationRequested)
            {
                try
                {
                    using var response = await http.GetAsync(InKaskada, CancellationToken.None);
                    if (response.IsSuccessStatusCode) Interlocked.Increment(ref ok);
                    else Interlocked.Increment(ref failed);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failed);
                    await Task.Delay(10, CancellationToken.None);
                }
            }
        }));
        return (ok, failed);
    }
}
