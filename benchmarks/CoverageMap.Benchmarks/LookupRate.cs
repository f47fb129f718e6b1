using System.Diagnostics;
using System.Globalization;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Lookup;
using CoverageMap.Data.Geodata;
using NetTopologySuite.IO;

namespace CoverageMap.Benchmarks;

/// <summary>
/// The in-process rows of <c>benchmarks/postgis-vs-http.sh</c>, as plain timed loops rather than BenchmarkDotNet (a row
/// takes the seconds asked, not minutes):
/// <c>dotnet run -c Release --project benchmarks/CoverageMap.Benchmarks -- rate [seconds=5] [n=100]</c> prints
/// <c>RATE &lt;row&gt; &lt;threads&gt; &lt;lookups/s&gt;</c> for <see cref="AreaIndex.Locate"/> on the bundled areas and on the
/// <see cref="SyntheticGrid"/> of n×n (points uniform over lat 52.10–52.37, lon 20.85–21.27, seed 42, as pgbench and wrk
/// draw them) and on the bundled areas with points in the Żoliborz and Mokotów boxes (<see cref="Boxes"/>: the mix issue 11
/// measured PostGIS with, half in each box, every point near or in an area), and for <see cref="AddressResolver.Resolve(string, string?)"/> over the bundled address points' own
/// texts, each on 1 and 2 threads after a two-second warm-up; then <c>ANSWERED &lt;count&gt; &lt;texts&gt;</c>: how many of the
/// distinct texts get a partnership (status resolved or multiple), and with a fourth argument
/// (<c>rate 5 100 answers.tsv</c>) each text's partnerships (<c>text TAB ids, comma-separated</c>) into that file.
/// <c>… -- synthetic-ewkb n file</c> writes the same grid as <c>partnership id TAB EWKB hex</c> lines for PostgreSQL's
/// <c>COPY</c>, so PostGIS is measured on exactly these polygons.
/// </summary>
internal static class LookupRate
{
    public static int Run(string[] args)
    {
        double seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5;
        int n = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
        var rnd = new Random(42);
        var points = Enumerable.Range(0, 1 << 20).Select(_ => (Lat: 52.10 + 0.27 * rnd.NextDouble(), Lon: 20.85 + 0.42 * rnd.NextDouble())).ToArray();

        var (resolver, _, texts) = BenchmarkData.BundledAddresses();
        var bundled = new AreaIndex(GeodataFolder.Locate(null, AppContext.BaseDirectory, Environment.CurrentDirectory).LoadDataset());
        Measure("points-bundled", seconds, i => bundled.Locate(points[i & (points.Length - 1)].Lat, points[i & (points.Length - 1)].Lon).Areas.Count);
        var boxes = Enumerable.Range(0, 1 << 20).Select(i => Boxes.Point(i, rnd.NextDouble(), rnd.NextDouble())).ToArray();
        Measure("points-boxes", seconds, i => bundled.Locate(boxes[i & (boxes.Length - 1)].Lat, boxes[i & (boxes.Length - 1)].Lon).Areas.Count);
        var synthetic = new AreaIndex(SyntheticGrid.Create(n));
        Measure($"points-synthetic-{n * n}", seconds, i => synthetic.Locate(points[i & (points.Length - 1)].Lat, points[i & (points.Length - 1)].Lon).Areas.Count);
        Measure("addresses", seconds, i => resolver.Resolve(texts[i % texts.Length]).Status == AddressResolutionStatus.Resolved ? 1 : 0);
        var answers = texts.Distinct(StringComparer.Ordinal).Select(t => (Text: t, Answer: resolver.Resolve(t))).ToList();
        var answered = answers.Count(a => a.Answer.Status is AddressResolutionStatus.Resolved or AddressResolutionStatus.Multiple);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ANSWERED {answered} {answers.Count}"));
        if (args.Length > 3)
            File.WriteAllLines(args[3], answers.Select(a => a.Text + "\t" + (a.Answer.Status is AddressResolutionStatus.Resolved or AddressResolutionStatus.Multiple
                ? string.Join(",", a.Answer.Areas.Select(h => h.PartnershipId).Order(StringComparer.Ordinal)) : "")));
        return 0;
    }

    /// <summary>
    /// The Żoliborz box (lat 52.255–52.280, lon 20.950–21.010: the four Żoliborz areas) and the Mokotów box (lat
    /// 52.185–52.205, lon 21.000–21.025: Moje Wierzbno), as <c>benchmarks/http-boxes.lua</c> and the script's pgbench
    /// file draw them: even draws in the first, odd in the second.
    /// </summary>
    internal static class Boxes
    {
        public static (double Lat, double Lon) Point(int i, double a, double b) => i % 2 == 0
            ? (52.255 + 0.025 * a, 20.950 + 0.060 * b)
            : (52.185 + 0.020 * a, 21.000 + 0.025 * b);
    }

    public static int WriteSyntheticEwkb(string[] args)
    {
        int n = int.Parse(args[1], CultureInfo.InvariantCulture);
        var writer = new WKBWriter(ByteOrder.LittleEndian, handleSRID: true);
        using var file = new StreamWriter(args[2]);
        foreach (var area in SyntheticGrid.Create(n).Areas)
            file.WriteLine(area.PartnershipId + "\t" + Convert.ToHexString(writer.Write(area.Geometry)));
        return 0;
    }

    /// <summary>Two warm-up seconds (tiered compilation), then the row on 1 and on 2 threads.</summary>
    private static void Measure(string row, double seconds, Func<int, int> lookup)
    {
        Rate(2, 1, lookup);
        foreach (var threads in new[] { 1, 2 })
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RATE {row} {threads} {Rate(seconds, threads, lookup):0}"));
    }

    /// <summary>Lookups per second of <paramref name="threads"/> loops, each starting elsewhere in the inputs, for <paramref name="seconds"/>.</summary>
    private static double Rate(double seconds, int threads, Func<int, int> lookup)
    {
        var until = TimeSpan.FromSeconds(seconds);
        var clock = Stopwatch.StartNew();
        var counts = new long[threads];
        var sinks = new int[threads];
        var loops = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            int i = t * 104_729, sink = 0;
            long count = 0;
            while (clock.Elapsed < until)
            {
                for (int k = 0; k < 64; k++) sink += lookup(i++);
                count += 64;
            }
            counts[t] = count;
            sinks[t] = sink;
        })).ToList();
        loops.ForEach(l => l.Start());
        loops.ForEach(l => l.Join());
        GC.KeepAlive(sinks);
        return counts.Sum() / clock.Elapsed.TotalSeconds;
    }
}
