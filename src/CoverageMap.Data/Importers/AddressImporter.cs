using CoverageMap.Core.Addresses;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Store;

namespace CoverageMap.Data.Importers;

/// <summary>
/// Imports address points into the gazetteer from PRG GML, OSM XML or OSM PBF, in one call. Dry run by default;
/// idempotent (a second import of the same file reports everything unchanged and writes nothing); reports what it
/// added, changed, left unchanged and skipped, with the reason for every skip. Thread-safe (stateless over the store).
/// </summary>
/// <remarks>
/// Checks, in order: the reader's own problems (no position, archival, unsupported CRS, relation); street name
/// present; house number present and parseable; position inside <see cref="AddressImportOptions.ExpectedBounds"/>
/// (refused otherwise; when the PRG axis-swapped reading lies inside, the reason says the axis order looks
/// swapped); id not seen earlier in the same file.
/// </remarks>
public sealed class AddressImporter(AddressPointStore store)
{
    /// <summary>The format of a path by its extension (also the GeoJSON and CSV formats of <see cref="AddressTextImporter"/>).</summary>
    /// <exception cref="InputProblemException"><see cref="InputProblem.AddressExtension"/>: the extension is not one the importers know.</exception>
    public static AddressFileFormat DetectFormat(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".geojson", StringComparison.Ordinal) || name.EndsWith(".json", StringComparison.Ordinal)) return AddressFileFormat.GeoJson;
        if (name.EndsWith(".csv", StringComparison.Ordinal)) return AddressFileFormat.Csv;
        if (name.EndsWith(".osm.pbf", StringComparison.Ordinal) || name.EndsWith(".pbf", StringComparison.Ordinal)) return AddressFileFormat.OsmPbf;
        if (name.EndsWith(".osm", StringComparison.Ordinal)) return AddressFileFormat.OsmXml;
        if (name.EndsWith(".gml", StringComparison.Ordinal) || name.EndsWith(".xml", StringComparison.Ordinal)) return AddressFileFormat.PrgGml;
        throw new InputProblemException(InputProblem.AddressExtension, Path.GetFileName(path));
    }

    /// <summary>
    /// Reads <paramref name="path"/> and imports its address points; with <paramref name="dryRun"/> (the default) writes nothing.
    /// The store must be migrated (<see cref="DatasetStore.MigrateAsync"/>).
    /// </summary>
    public async Task<AddressImportReport> ImportAsync(string path, AddressFileFormat format = AddressFileFormat.Auto, bool dryRun = true,
        AddressImportOptions? options = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new FileNotFoundException(null, Path.GetFullPath(path));
        options ??= AddressImportOptions.Default;
        if (format == AddressFileFormat.Auto) format = DetectFormat(path);
        if (format is AddressFileFormat.GeoJson or AddressFileFormat.Csv)
            throw new ArgumentException($"{format} files carry addresses as text: import them with {nameof(AddressTextImporter)}, which parses them against the street register.", nameof(format));
        var source = format == AddressFileFormat.PrgGml ? AddressSources.Prg : AddressSources.Osm;
        var records = format == AddressFileFormat.PrgGml ? PrgGmlAddressReader.Read(path, options.AxisOrder) : OsmAddressReader.Read(path, format);

        var tally = new ImportTally(options.MaxSkippedListed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Skip(SourceAddress r, AddressSkipReason reason, params string[] facts) => tally.Skip(r.SourceId, reason, facts);

        IEnumerable<AddressPoint> Accepted()
        {
            foreach (var r in records)
            {
                ct.ThrowIfCancellationRequested();
                tally.Read++;
                var label = $"{r.StreetName} {r.HouseNumber}".Trim();
                if (r.Problem is { } problem) { Skip(r, problem, [label, .. r.ProblemFacts ?? []]); continue; }
                if (string.IsNullOrWhiteSpace(r.StreetName)) { Skip(r, AddressSkipReason.NoStreetName, r.HouseNumber ?? ""); continue; }
                var key = StreetNameNormalizer.Normalize(r.StreetName).Key;
                if (key.Length == 0) { Skip(r, AddressSkipReason.StreetNameEmpty, r.StreetName); continue; }
                if (string.IsNullOrWhiteSpace(r.HouseNumber)) { Skip(r, AddressSkipReason.NoHouseNumber, label); continue; }
                if (!HouseNumber.TryParse(r.HouseNumber, out var number)) { Skip(r, AddressSkipReason.InvalidHouseNumber, label, r.HouseNumber); continue; }
                if (!double.IsFinite(r.Latitude) || !double.IsFinite(r.Longitude)) { Skip(r, AddressSkipReason.NoPosition, label); continue; }
                if (!options.Bounds.Contains(r.Latitude, r.Longitude))
                {
                    var at = FormattableString.Invariant($"{r.Latitude:F5} N {r.Longitude:F5} E");
                    if (double.IsFinite(r.SwappedLatitude) && options.Bounds.Contains(r.SwappedLatitude, r.SwappedLongitude))
                        Skip(r, AddressSkipReason.AxisOrderSwapped, label, at, options.Bounds.ToString());
                    else
                        Skip(r, AddressSkipReason.OutsideExpectedArea, label, at, options.Bounds.ToString());
                    continue;
                }
                if (!seen.Add(r.SourceId)) { Skip(r, AddressSkipReason.DuplicateId, label, r.SourceId); continue; }
                yield return new AddressPoint(r.StreetId, r.StreetName.Trim(), key, r.HouseNumber.Trim(), number,
                    string.IsNullOrWhiteSpace(r.Postcode) ? null : r.Postcode.Trim(), r.Latitude, r.Longitude, source, r.SourceId);
            }
        }

        var result = await store.UpsertAsync(source, Accepted(), dryRun, ct: ct);
        return tally.Report(dryRun, path, format, source, result);
    }
}
