using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CoverageMap.Server.Tests.Infrastructure;

/// <summary>
/// The real server in a process of its own (<c>dotnet CoverageMap.Server.dll</c> from the test's output folder), on
/// Kestrel at a free port of 127.0.0.1, configured by environment variables; for tests of several instances, where one
/// is killed (<see cref="Kill"/> is SIGKILL, as <c>kill -9</c>). Disposing kills it if it still runs. Not thread-safe.
/// </summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServerProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>Where it listens.</summary>
    public Uri Address { get; }

    /// <summary>What it wrote to stdout and stderr so far (for a failing test's message).</summary>
    public string Log { get { lock (_log) return _log.ToString(); } }

    /// <summary>Starts the server with <paramref name="settings"/> (configuration keys) and waits until <c>/healthz</c> answers 200.</summary>
    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string?> settings, TimeSpan timeout)
    {
        var port = FreePort();
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = AppContext.BaseDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CoverageMap.Server.dll"));
        psi.ArgumentList.Add("--urls");
        psi.ArgumentList.Add($"http://127.0.0.1:{port}");
        psi.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        foreach (var (key, value) in settings) psi.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        var process = Process.Start(psi) ?? throw new InvalidOperationException("Cannot start the server.");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) break;
            try
            {
                if ((await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK) return server;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);   // the process gives no other signal of being ready
        }
        var log = server.Log;
        server.Dispose();
        throw new TimeoutException($"The server did not become ready within {timeout.TotalSeconds} s. Its output:\n{log}");
    }

    /// <summary>SIGKILL: no shutdown, no cleanup, as <c>kill -9</c>.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_log) _log.AppendLine(line);
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
