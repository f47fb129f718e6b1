using System.Diagnostics;
using CoverageMap.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoverageMap.Server.Tests.Features;

/// <summary>
/// Issue "Addresses that answer", part 1: a clone of the repository with nothing beside it gives the full service. The
/// test clones the committed repository (git) into a temporary folder with no <c>shared/</c> above it and starts the
/// server on that clone's <c>geodata/</c> with every default (register, street lines, address points seeded on first
/// start into a new SQLite file), then asks the addresses the issue names, in Polish.
/// </summary>
public sealed class CloneWithoutSharedTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-clone-").FullName;

    private sealed class CloneFactory(string geodata, string database) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("RateLimiting:PermitLimit", "0");
            builder.UseSetting("CoverageMap:Store:Database", database);
            builder.UseSetting("CoverageMap:Store:Geodata", geodata);
            builder.UseSetting("CoverageMap:Store:ReloadSeconds", "0");
        }
    }

    [Fact]
    public async Task A_clone_with_nothing_beside_it_answers_real_addresses_with_their_partnership_in_Polish()
    {
        var clone = Path.Combine(_dir, "cm");
        Git("clone", "--quiet", "--no-hardlinks", SharedData.RepoPath(), clone);
        Assert.False(Directory.Exists(Path.Combine(_dir, "shared")));
        using var factory = new CloneFactory(Path.Combine(clone, "geodata"), Path.Combine(_dir, "store.db"));
        var client = factory.CreateClient();

        var health = await (await client.GetAsync("/healthz")).Json();
        Assert.Equal(5, health.GetProperty("areaCount").GetInt32());
        foreach (var (address, partnership) in new[]
        {
            ("Elbląska 20", "dla-zatrasia-i-rudawki"),
            ("Śmiała 30", "zoliborz-oficerski"),
            ("Gojawiczyńskiej 5", "sady-zoliborskie"),
            ("Tołwińskiego 10", "sady-zoliborskie"),
            ("Malczewskiego 44a", "moje-wierzbno"),
        })
        {
            var answer = await (await client.GetAsync("/api/lookup?address=" + Uri.EscapeDataString(address))).Json();
            Assert.True(answer.GetProperty("status").GetString() == "resolved", $"{address}: {answer}");
            Assert.Equal([partnership], answer.GetProperty("areas").Ids());
            Assert.NotEqual("none", answer.GetProperty("basis").GetString());
            Assert.NotEqual("none", answer.GetProperty("certainty").GetProperty("level").GetString());
            Assert.Contains("partnerstwa", answer.GetProperty("message").GetString()!, StringComparison.Ordinal);
        }
        // The register is there too: a street the bundled data knows no point of is still a known street.
        var street = await client.GetAsync("/api/streets?q=" + Uri.EscapeDataString("słowackiego"));
        Assert.Contains("Juliusza Słowackiego", await street.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void Git(params string[] args)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, "git " + string.Join(' ', args) + ": " + error);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
