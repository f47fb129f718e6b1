using CoverageMap.Core.Areas;
using CoverageMap.Core.Problems;
using CoverageMap.Data.GeoJson;
using CoverageMap.Data.Registry;

namespace CoverageMap.Data.Geodata;

/// <summary>
/// The project's <c>geodata/</c> folder: the registry (<c>partnerships.json</c>) and the built areas
/// (<c>areas.geojson</c>). Immutable; loading reads the files each time it is called.
/// </summary>
/// <param name="Path">Absolute path of the folder.</param>
public sealed record GeodataFolder(string Path)
{
    /// <summary>File name of the built areas.</summary>
    public const string AreasFileName = "areas.geojson";

    /// <summary>The official street register (bielak17/Warsaw_streets, Apache-2.0), shipped in the folder.</summary>
    public string StreetsTxtPath => System.IO.Path.Combine(Path, "warsaw-streets", "streets.txt");

    /// <summary>TERYT short → full street names with ULIC ids (openstreetmap-polska/gugik2osm, MIT), shipped in the folder.</summary>
    public string TerytCsvPath => System.IO.Path.Combine(Path, "warsaw-streets", "teryt-short-to-full-names.csv");

    /// <summary>The street lines the service uses by default (the 2026-12 skeleton of the bounding streets).</summary>
    public string StreetNetworkPath => System.IO.Path.Combine(Path, "streets-skeleton-2026-12.geojson");

    /// <summary>The bundled address points (City of Warsaw layers and RSPO), loaded into the gazetteer on first start.</summary>
    public string AddressPointsPath => System.IO.Path.Combine(Path, "address-points", "warsaw-address-points.geojson");

    /// <summary>Path of the registry file.</summary>
    public string RegistryPath => System.IO.Path.Combine(Path, PartnershipRegistryFile.FileName);

    /// <summary>Path of the areas file.</summary>
    public string AreasPath => System.IO.Path.Combine(Path, AreasFileName);

    /// <summary>
    /// Finds the geodata folder: <paramref name="configured"/> when given, else the first <c>geodata/</c> holding a
    /// registry above any of <paramref name="searchFrom"/> (e.g. the current directory and the app's base directory).
    /// </summary>
    /// <exception cref="InputProblemException">
    /// <see cref="InputProblem.GeodataNoRegistry"/>: the configured folder holds no registry;
    /// <see cref="InputProblem.GeodataNotFound"/>: none configured and none found (its facts say where it looked).
    /// </exception>
    public static GeodataFolder Locate(string? configured, params string[] searchFrom)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = System.IO.Path.GetFullPath(configured);
            if (!File.Exists(System.IO.Path.Combine(full, PartnershipRegistryFile.FileName)))
                throw new InputProblemException(InputProblem.GeodataNoRegistry, full, PartnershipRegistryFile.FileName);
            return new GeodataFolder(full);
        }
        foreach (var start in searchFrom)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = System.IO.Path.Combine(dir.FullName, "geodata");
                if (File.Exists(System.IO.Path.Combine(candidate, PartnershipRegistryFile.FileName))) return new GeodataFolder(candidate);
            }
        }
        throw new InputProblemException(InputProblem.GeodataNotFound, string.Join(", ", searchFrom));
    }

    /// <summary>
    /// Loads the registry and the areas as one dataset (version 0, not stored). Every area must belong to a
    /// partnership of the registry; a partnership without an area is allowed (it is listed, but covers nothing).
    /// </summary>
    /// <exception cref="InputProblemException">The registry or the areas file is not valid, or an area's partnership is not in the registry.</exception>
    public Dataset LoadDataset()
    {
        var registry = PartnershipRegistryFile.Load(RegistryPath);
        var areas = File.Exists(AreasPath) ? AreaGeoJson.ReadFile(AreasPath) : [];
        var known = registry.Partnerships.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var orphans = areas.Where(a => !known.Contains(a.PartnershipId)).Select(a => a.PartnershipId).ToList();
        if (orphans.Count > 0)
            throw new InputProblemException(InputProblem.GeodataOrphanAreas, AreasPath, string.Join(", ", orphans));
        return new Dataset(0, $"geodata {Path}", registry.Partnerships, areas);
    }
}
