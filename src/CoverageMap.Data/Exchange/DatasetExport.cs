using System.IO.Compression;
using System.Text.Json;
using CoverageMap.Core.Areas;
using CoverageMap.Data.Registry;

namespace CoverageMap.Data.Exchange;

/// <summary>Exports a dataset version to an exchange format: its records, a file (or a shapefile's files), or one
/// document to send (a shapefile zipped with its companions). Full precision; features ordered by partnership id. Stateless.</summary>
public static class DatasetExport
{
    /// <summary>The companions written beside a shapefile's <c>.shp</c>.</summary>
    public static IReadOnlyList<string> ShapefileCompanions { get; } = [".shx", ".dbf", ".prj", ".cpg"];

    /// <summary>One record per partnership (with its area, if it has one), ordered by partnership id.</summary>
    public static IReadOnlyList<ExchangeRecord> Records(Dataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var areas = dataset.Areas.ToDictionary(a => a.PartnershipId, StringComparer.Ordinal);
        return [.. dataset.Partnerships.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p =>
        {
            var area = areas.GetValueOrDefault(p.Id);
            return new ExchangeRecord(p.Id, p.Name, area?.Geometry, JsonSerializer.Serialize(p, RegistryJson.Compact),
                area is null ? null : JsonSerializer.Serialize(area.Provenance, RegistryJson.Compact));
        })];
    }

    /// <summary>Writes the dataset to <paramref name="path"/>; returns every file written (a shapefile's companions too).</summary>
    public static IReadOnlyList<string> WriteFiles(Dataset dataset, ExchangeFormat format, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (format == ExchangeFormat.Shapefile && Path.GetExtension(full).Equals(".zip", StringComparison.OrdinalIgnoreCase))
        {
            File.WriteAllBytes(full, Document(dataset, format, Path.GetFileNameWithoutExtension(full)));
            return [full];
        }
        ExchangeFormats.Codec(format).Write(Records(dataset), full);
        return format == ExchangeFormat.Shapefile
            ? [full, .. ShapefileCompanions.Select(e => Path.ChangeExtension(full, e))]
            : [full];
    }

    /// <summary>The dataset as one document of the format (a shapefile: a zip of <c>{name}.shp</c> and its companions).</summary>
    public static byte[] Document(Dataset dataset, ExchangeFormat format, string name = "areas")
    {
        var dir = Directory.CreateTempSubdirectory("coveragemap-export-");
        try
        {
            var path = Path.Combine(dir.FullName, name + ExchangeFormats.Extension(format));
            ExchangeFormats.Codec(format).Write(Records(dataset), path);
            if (format != ExchangeFormat.Shapefile) return File.ReadAllBytes(path);
            using var zip = new MemoryStream();
            using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var file in new[] { ".shp" }.Concat(ShapefileCompanions).Select(e => Path.ChangeExtension(path, e)))
                    archive.CreateEntryFromFile(file, Path.GetFileName(file), CompressionLevel.Optimal);
            }
            return zip.ToArray();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
