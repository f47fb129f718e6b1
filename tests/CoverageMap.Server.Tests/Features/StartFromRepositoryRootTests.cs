using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CoverageMap.Server.Tests.Features;

/// <summary>
/// "Hardening" item 3. Defect: started as <c>dotnet src/CoverageMap.Server/bin/Release/net10.0/CoverageMap.Server.dll</c>
/// from the repository root, the content root was the repository: / and /embed were 503 "map page is not built" and
/// appsettings.json was not read, so every request was logged at Information.
/// </summary>
public sealed class StartFromRepositoryRootTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("coveragemap-root-").FullName;

    [Fact]
    public async Task The_built_server_started_from_the_repository_root_serves_its_page_and_logs_quietly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var dll = SharedData.RepoPath("src", "CoverageMap.Server", "bin", configuration, "net10.0", "CoverageMap.Server.dll");
        Assert.True(File.Exists(dll), dll + " is built with the solution");
        int port = FreePort();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SharedData.RepoRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                dll, "--urls", $"http://127.0.0.1:{port}",
                $"--CoverageMap:Store:Database={Path.Combine(_dir, "store.db")}",
                $"--CoverageMap:Store:Geodata={SharedData.RepoPath("geodata")}",
                "--CoverageMap:Store:ReloadSeconds=0",
                // Hermetic: no ../shared street register or network.
                $"--CoverageMap:StreetRegister:StreetsTxt={Path.Combine(_dir, "none.txt")}",
                $"--CoverageMap:StreetNetworkPath={Path.Combine(_dir, "none.geojson")}",
            },
        };
        info.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        info.Environment.Remove("DOTNET_ENVIRONMENT");
        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        var ready = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            lock (output) output.AppendLine(e.Data);
            if (e.Data?.Contains("Application started", StringComparison.Ordinal) == true) ready.TrySetResult();
        };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await ready.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            foreach (var path in new[] { "/", "/embed" })
            {
                var page = await client.GetAsync(path);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
            }
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/areas")).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        string log;
        lock (output) log = output.ToString();
        Assert.DoesNotContain("Request starting", log);            // Microsoft.AspNetCore.Hosting.Diagnostics at Information
        Assert.DoesNotContain("WebRootPath was not found", log);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}
