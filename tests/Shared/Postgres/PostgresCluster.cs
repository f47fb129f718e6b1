using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace CoverageMap.Tests.Shared.Postgres;

/// <summary>
/// A throw-away PostgreSQL 15 + PostGIS 3 cluster for the tests: Debian's binaries (<c>/usr/lib/postgresql/15/bin</c>,
/// installed by <c>scripts/test.sh</c> when missing), <c>initdb</c> into a temporary folder, <c>pg_ctl start</c> on a
/// free port of 127.0.0.1 only (no Unix socket outside that folder), stopped and deleted when the test process exits.
/// One per test process, started on first use; every test asks it for a database of its own
/// (<see cref="CreateDatabaseAsync"/>), copied from a template that already has PostGIS. Thread-safe.
/// </summary>
/// <remarks>
/// No skipping: when the binaries or PostGIS are missing, or the server does not start, the test fails with a message
/// saying what to install. PostgreSQL refuses to run as root, so under root the server runs as the <c>postgres</c>
/// user the Debian package creates (<c>runuser</c>).
/// </remarks>
public sealed class PostgresCluster
{
    private const string BinDir = "/usr/lib/postgresql/15/bin";
    private const string Template = "coveragemap_template";
    private static readonly Lazy<Task<PostgresCluster>> Shared = new(StartAsync);
    private readonly SemaphoreSlim _createLock = new(1, 1);
    private readonly string _dataDir;

    private PostgresCluster(string root, int port)
    {
        Root = root;
        _dataDir = Path.Combine(root, "data");
        Port = port;
    }

    /// <summary>The cluster of this test process, started when first asked for.</summary>
    public static Task<PostgresCluster> GetAsync() => Shared.Value;

    /// <summary>The temporary folder of the cluster (data, socket and log).</summary>
    public string Root { get; }

    /// <summary>The TCP port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>A connection string to <paramref name="database"/> as the superuser.</summary>
    public string ConnectionString(string database, bool pooling = false) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling={pooling};Timeout=30;Command Timeout=120";

    /// <summary>Creates a new empty database with PostGIS (nothing else: migrating is the test's business); its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(bool pooling = false)
    {
        var name = "t_" + Guid.NewGuid().ToString("N");
        await _createLock.WaitAsync();
        try
        {
            await ExecuteAsync("postgres", $"CREATE DATABASE {name} TEMPLATE {Template}");
        }
        finally
        {
            _createLock.Release();
        }
        return ConnectionString(name, pooling);
    }

    /// <summary>Runs one statement against <paramref name="database"/>.</summary>
    public async Task ExecuteAsync(string database, string sql)
    {
        await using var conn = new NpgsqlConnection(ConnectionString(database));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresCluster> StartAsync()
    {
        foreach (var tool in new[] { "initdb", "pg_ctl", "postgres" })
        {
            if (!File.Exists(Path.Combine(BinDir, tool)))
                throw new InvalidOperationException($"PostgreSQL 15 is not installed ({BinDir}/{tool} is missing): run `bash scripts/test.sh`, or apt-get install postgresql-15 postgresql-15-postgis-3.");
        }
        if (!Directory.EnumerateFiles("/usr/share/postgresql/15/extension", "postgis--*.sql").Any())
            throw new InvalidOperationException("PostGIS 3 for PostgreSQL 15 is not installed: run `bash scripts/test.sh`, or apt-get install postgresql-15-postgis-3.");

        RemoveStaleClusters();
        var root = Directory.CreateTempSubdirectory("coveragemap-pg-").FullName;
        var cluster = new PostgresCluster(root, FreePort());
        if (Environment.UserName == "root") Run("/usr/bin/chown", "postgres:postgres", root);
        cluster.RunAsOwner("initdb", "-D", cluster._dataDir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync");
        var options = $"-p {cluster.Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off " +
                      "-c full_page_writes=off -c max_connections=300 -c shared_buffers=64MB";
        cluster.RunAsOwner("pg_ctl", "-D", cluster._dataDir, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop();
        cluster.StartWatchdog();

        await cluster.ExecuteAsync("postgres", $"CREATE DATABASE {Template}");
        await cluster.ExecuteAsync(Template, "CREATE EXTENSION postgis");
        return cluster;
    }

    private void Stop()
    {
        try
        {
            RunAsOwner("pg_ctl", "-D", _dataDir, "-m", "immediate", "-w", "stop");   // the watchdog deletes the folder
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"Stopping the test PostgreSQL in {Root} failed: {ex.Message}");
        }
    }

    /// <summary>
    /// A shell in a session of its own that waits for this process to end, however it ends (even SIGKILL), then stops the
    /// server if it still runs and deletes the folder: the test host may end this process before a recursive delete
    /// in <see cref="Stop"/> could finish.
    /// </summary>
    private void StartWatchdog()
    {
        var pgCtl = Path.Combine(BinDir, "pg_ctl");
        var stop = Environment.UserName == "root" ? $"/usr/sbin/runuser -u postgres -- {pgCtl}" : pgCtl;
        var script = $"exec >/dev/null 2>&1 </dev/null; while kill -0 {Environment.ProcessId}; do sleep 1; done; " +
                     $"{stop} -D '{_dataDir}' -m immediate -w stop; rm -rf '{Root}'";
        using var watchdog = Process.Start(new ProcessStartInfo("/usr/bin/setsid", ["/bin/sh", "-c", script]) { UseShellExecute = false })
            ?? throw new InvalidOperationException("Cannot start the test PostgreSQL's watchdog.");
    }

    /// <summary>
    /// Deletes the folders of earlier runs whose server is down (no <c>postmaster.pid</c>) and that are older than ten
    /// minutes: a test process that is killed, or that exits before the folder is deleted, leaves one behind.
    /// </summary>
    private static void RemoveStaleClusters()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), "coveragemap-pg-*"))
        {
            if (File.Exists(Path.Combine(dir, "data", "postmaster.pid")) || Directory.GetCreationTimeUtc(dir) > DateTime.UtcNow.AddMinutes(-10)) continue;
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private void RunAsOwner(string tool, params string[] args)
    {
        var path = Path.Combine(BinDir, tool);
        if (Environment.UserName == "root") Run("/usr/sbin/runuser", ["-u", "postgres", "--", path, .. args]);
        else Run(path, args);
    }

    private static void Run(string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Cannot start {file}.");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({p.ExitCode}): {stderr}{stdout.Result}");
    }

    private static int FreePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
