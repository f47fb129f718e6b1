using System.Diagnostics;
using CoverageMap.Data.Exchange;

namespace CoverageMap.Data.Tests.Exchange;

/// <summary>Exported GeoPackage and Shapefile open in GDAL: <c>ogrinfo</c> (Debian's gdal-bin, which scripts/test.sh
/// installs when missing) is really run on them.</summary>
public sealed class OgrInfoTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static string OgrInfo()
    {
        var configured = Environment.GetEnvironmentVariable("COVERAGEMAP_OGRINFO");
        if (!string.IsNullOrEmpty(configured) && File.Exists(configured)) return configured;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            if (dir.Length > 0 && File.Exists(Path.Combine(dir, "ogrinfo"))) return Path.Combine(dir, "ogrinfo");
        throw new InvalidOperationException("ogrinfo not found: install Debian's gdal-bin (apt-get install -y gdal-bin) or set COVERAGEMAP_OGRINFO; scripts/test.sh does both.");
    }

    private static string Run(params string[] args)
    {
        var start = new ProcessStartInfo(OgrInfo()) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"ogrinfo {string.Join(' ', args)} exited {process.ExitCode}: {error.Result}");
        Assert.DoesNotContain("ERROR", error.Result, StringComparison.Ordinal);
        return output.Result;
    }

    [Theory]
    [InlineData(ExchangeFormat.GeoPackage, "areas.gpkg", "areas")]
    [InlineData(ExchangeFormat.Shapefile, "areas.shp", "areas")]
    public void The_export_opens_in_gdal_with_every_feature_in_wgs84(ExchangeFormat format, string file, string layer)
    {
        var dataset = ExchangeDataset.Create();
        var path = _dir.File(file);
        DatasetExport.WriteFiles(dataset, format, path);

        var summary = Run("-so", "-al", path);
        Assert.Contains($"Layer name: {layer}", summary, StringComparison.Ordinal);
        Assert.Contains($"Feature Count: {dataset.Partnerships.Count}", summary, StringComparison.Ordinal);
        Assert.Contains("WGS 84", summary, StringComparison.Ordinal);
        var features = Run("-al", "-q", path);
        foreach (var p in dataset.Partnerships) Assert.Contains(p.Id, features, StringComparison.Ordinal);
        Assert.Contains("Wyspy Żerańskie", features, StringComparison.Ordinal);   // UTF-8 read as UTF-8 (.cpg)
        Assert.Contains("MULTIPOLYGON", features, StringComparison.Ordinal);
    }

    public void Dispose() => _dir.Dispose();
}
