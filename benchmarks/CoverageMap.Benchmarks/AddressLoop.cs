using System.Diagnostics;
using System.Globalization;

namespace CoverageMap.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project benchmarks/CoverageMap.Benchmarks -- address-loop [seconds] [parse|resolve]</c>:
/// the batch of <see cref="AddressResolveBenchmark"/> in a plain loop on one thread for a while, printing addresses per
/// second of wall time and per second of the process's CPU time. The CPU figure holds on a shared machine, where the
/// wall figure does not; a profiler (<c>dotnet-trace</c>) can be attached to the loop.
/// </summary>
internal static class AddressLoop
{
    public static int Run(string[] args)
    {
        double seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 10;
        bool parseOnly = args.Length > 2 && args[2] == "parse";
        var bench = new AddressResolveBenchmark();
        bench.Setup();
        Func<int> pass = parseOnly ? bench.ParseOnly100k : bench.ParseAndResolve100k;
        pass(); // warm-up: tiered compilation
        pass();
        long done = 0;
        var cpu0 = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.StartNew();
        while (wall.Elapsed.TotalSeconds < seconds)
        {
            pass();
            done += 100_000;
        }
        var cpu = (Environment.CpuUsage.TotalTime - cpu0).TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{(parseOnly ? "parse" : "parse+resolve")}: {done:N0} addresses in {wall.Elapsed.TotalSeconds:F1} s wall, {cpu:F1} s CPU: " +
            $"{done / wall.Elapsed.TotalSeconds:N0}/s wall, {done / cpu:N0}/s CPU ({cpu * 1e6 / done:F2} µs CPU each)"));
        return 0;
    }
}
