using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Streets;
using CoverageMap.Data.Store;
using NetTopologySuite.Geometries.Prepared;
using M = CoverageMap.Data.Importers.TextAddressMessages;

namespace CoverageMap.Data.Importers;

/// <summary>
/// Imports points that carry their address as text (<c>ul. Przasnyska 6a</c>, <c>PUŁAWSKA 43</c>,
/// <c>al. gen. A. Chruściela 24 lok. 3</c>) or as street + number fields, from GeoJSON or CSV, into the gazetteer as
/// one store source per file. Every address goes through the <see cref="AddressParser"/> over the real
/// <see cref="StreetRegister"/>. Dry run by default; idempotent (a second import of the same file reports
/// everything unchanged and writes nothing). Thread-safe: holds only the store and the immutable register.
/// </summary>
/// <remarks>
/// <para><b>Checks, in order</b>: not a duplicate (the same layer, text and position as an earlier record); a
/// position (the reader's problems: no geometry, not a point); inside the city
/// (<see cref="AddressTextImportOptions.CityOutline"/>, else the box); an address text; parseable with a house number
/// ("not an address" otherwise); the street. A given TERYT ULIC id the register has (leading zeros optional) chooses
/// the street (and wins over the text, with a remark); an id the register lacks is remarked and the street is taken by its name. A name the
/// register has once is that street; a name several streets share under the same normalised key (namesakes in
/// different districts, e.g. Śmiała) that neither the id nor the postcode (Wesoła's 05-07x) tells apart is kept
/// with <see cref="AddressPoint.StreetId"/> null and that key, for the resolver to attribute by geography, and
/// counted as a remark; a text that may be several different streets is skipped as "ambiguous street"; a name the
/// register lacks as "unknown street", also when only a near miss of the name is in the register (a near miss may
/// be another street: Danielewicza for Anielewicza), with the near misses in the reason. When the whole text names
/// no street, the text from each street-type word on is tried (<c>budynek pływalni ul. Łabiszyńska 20</c>).</para>
/// <para><b>What is stored</b>: the register's full name and key when the street resolved (the text's key for
/// namesakes); <see cref="AddressPoint.StreetId"/> = the register's id when it is a TERYT ULIC id (digits), else
/// null; the house number the parser read (a flat after a slash dropped); the postcode of the field or the text;
/// the layer and source date as provenance; <see cref="AddressPoint.SourceId"/> = <see cref="SourceIdOf"/>, stable
/// across re-imports of the same data.</para>
/// </remarks>
public sealed class AddressTextImporter
{
    private const int MaxSourceName = 100;
    private const int MaxLayer = 200;
    private const int MaxSourceDate = 30;
    private const int MaxAddressText = 200;
    private const int TerytIdLength = 5;

    /// <summary>A street-type word after other words, where an address may start after a description.</summary>
    private static readonly Regex StreetTypeWord = new(@"(?<=[\s,(])(?:ul|al|pl|ulica|aleja|aleje|plac)\.?\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private readonly AddressPointStore? _store;
    private readonly StreetRegister _register;
    private readonly AddressParser _parser;

    /// <summary>Creates an importer writing to <paramref name="store"/> and resolving streets in <paramref name="register"/>.</summary>
    public AddressTextImporter(AddressPointStore store, StreetRegister register)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _register = register ?? throw new ArgumentNullException(nameof(register));
        _parser = new AddressParser(register);
    }

    /// <summary>
    /// The source name a file's points get by default: its name without the extension, in lower case, characters
    /// other than letters, digits, <c>.</c>, <c>-</c>, <c>_</c> replaced by <c>-</c>
    /// (<c>warsaw-address-points.geojson</c> → <c>warsaw-address-points</c>).
    /// </summary>
    public static string DefaultSourceName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileNameWithoutExtension(path);
        var sb = new StringBuilder(name.Length);
        foreach (var c in StreetNameNormalizer.Fold(name).Replace(' ', '-'))
            sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        var slug = sb.ToString().Trim('-', '.');
        if (slug.Length > MaxSourceName) slug = slug[..MaxSourceName];
        return IsValidSourceName(slug) ? slug : "points";
    }

    /// <summary>True when <paramref name="name"/> can name a store source: 1–100 of <c>a-z 0-9 . - _</c>, and not
    /// one of the built-in sources (<c>prg</c>, <c>osm</c>).</summary>
    public static bool IsValidSourceName(string? name) =>
        name is { Length: > 0 and <= MaxSourceName } && name != AddressSources.Prg && name != AddressSources.Osm
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_');

    /// <summary>
    /// The point's id: 16 hex digits of the SHA-256 of its layer, its address text and its position (to 1e-7°), so
    /// the same point gets the same id on every import and two points differ unless all three are equal.
    /// </summary>
    public static string SourceIdOf(TextAddressRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var key = string.Create(CultureInfo.InvariantCulture, $"{record.Layer}\n{record.AddressText}\n{record.Latitude:F7},{record.Longitude:F7}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
    }

    /// <summary>
    /// Reads <paramref name="path"/> (GeoJSON or CSV; <see cref="AddressFileFormat.Auto"/> by the extension) and imports
    /// its points; with <paramref name="dryRun"/> (the default) writes nothing. The store must be migrated.
    /// </summary>
    /// <exception cref="ArgumentException">The format is not GeoJSON or CSV (a caller's mistake: PRG and OSM files go to <see cref="AddressImporter"/>).</exception>
    /// <exception cref="Core.Problems.InputProblemException">The source name is not valid, the file is not what its format says, or it
    /// lacks the fields named (the fault says which).</exception>
    public async Task<AddressImportReport> ImportAsync(string path, AddressFileFormat format = AddressFileFormat.Auto, bool dryRun = true,
        AddressTextImportOptions? options = null, CancellationToken ct = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path)) throw new FileNotFoundException(null, Path.GetFullPath(path));
        options ??= AddressTextImportOptions.Default;
        if (format == AddressFileFormat.Auto) format = AddressImporter.DetectFormat(path);
        if (format is not (AddressFileFormat.GeoJson or AddressFileFormat.Csv))
            throw new ArgumentException($"{format} is not a format of text addresses: use {nameof(AddressImporter)} for PRG and OSM files.", nameof(format));
        var source = options.SourceName ?? DefaultSourceName(path);
        if (!IsValidSourceName(source)) throw M.BadSourceName(source);

        var fields = options.FieldsInForce;
        var records = format == AddressFileFormat.GeoJson ? GeoJsonAddressReader.Read(path, fields) : CsvAddressReader.Read(path, fields);
        var outline = options.CityOutline is null ? null : PreparedGeometryFactory.Prepare(options.CityOutline);
        var tally = new ImportTally(options.MaxListedPerKind);

        IEnumerable<AddressPoint> Accepted()
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool anyText = false;
            foreach (var r in records)
            {
                ct.ThrowIfCancellationRequested();
                tally.Read++;
                var id = SourceIdOf(r);
                anyText |= r.AddressText is not null;
                if (!seen.Add(id)) { tally.Skip(id, AddressSkipReason.DuplicatePoint, M.Record(r, id)); continue; }
                if (Take(r, id, source, outline, options.Bounds, tally) is { } point) yield return point;
            }
            if (tally.Read > 0 && !anyText) throw M.NoAddressField(Path.GetFileName(path), fields);
        }

        var result = await _store!.UpsertAsync(source, Accepted(), dryRun, ct: ct);
        return tally.Report(dryRun, path, format, source, result);
    }

    /// <summary>
    /// Reads <paramref name="path"/> (GeoJSON or CSV) and returns every record with the point it gives (null when the
    /// import would skip it), exactly as <see cref="ImportAsync"/> would take them, without a store: for tools that
    /// work on a file's points in memory (the leave-one-out evaluation).
    /// </summary>
    public static IReadOnlyList<(TextAddressRecord Record, AddressPoint? Point)> ReadPoints(string path, StreetRegister register,
        AddressFileFormat format = AddressFileFormat.Auto, AddressTextImportOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(register);
        options ??= AddressTextImportOptions.Default;
        if (format == AddressFileFormat.Auto) format = AddressImporter.DetectFormat(path);
        var importer = new AddressTextImporter(register);
        var source = options.SourceName ?? DefaultSourceName(path);
        var fields = options.FieldsInForce;
        var records = format == AddressFileFormat.GeoJson ? GeoJsonAddressReader.Read(path, fields) : CsvAddressReader.Read(path, fields);
        var outline = options.CityOutline is null ? null : PreparedGeometryFactory.Prepare(options.CityOutline);
        var tally = new ImportTally(0);
        var result = new List<(TextAddressRecord, AddressPoint?)>();
        foreach (var r in records) result.Add((r, importer.Take(r, SourceIdOf(r), source, outline, options.Bounds, tally)));
        return result;
    }

    private AddressTextImporter(StreetRegister register)
    {
        _register = register;
        _parser = new AddressParser(register);
    }

    /// <summary>The point a record gives, or null after counting why it gives none.</summary>
    private AddressPoint? Take(TextAddressRecord r, string id, string source, IPreparedGeometry? outline, GeoBounds bounds, ImportTally tally)
    {
        if (r.Problem is not null || !double.IsFinite(r.Latitude) || !double.IsFinite(r.Longitude))
        {
            tally.Skip(id, r.Problem ?? AddressSkipReason.NoGeometry, M.Record(r, [.. r.ProblemFacts ?? []]));
            return null;
        }
        if (outline is not null ? !outline.Covers(Geo.PointFromLatLon(r.Latitude, r.Longitude)) : !bounds.Contains(r.Latitude, r.Longitude))
        {
            if (outline is null) tally.Skip(id, AddressSkipReason.OutsideCity, M.Record(r, M.At(r), bounds.ToString()));
            else tally.Skip(id, AddressSkipReason.OutsideCityOutline, M.Record(r, M.At(r)));
            return null;
        }
        var text = r.AddressText;
        if (text is null)
        {
            tally.Skip(id, AddressSkipReason.NoAddressText, M.Record(r));
            return null;
        }

        var postcode = Postcode(r.Postcode);
        var input = text.Length > MaxAddressText ? text[..MaxAddressText] : text;
        var parse = Parse(input, postcode);
        if (parse.Address is not { Street: not null, Match: not StreetMatchKind.Fuzzy } && !IsNamesake(parse.Address))
        {
            // A description before the address ("budynek pływalni ul. Łabiszyńska 20"): try from each street-type word on.
            foreach (Match m in StreetTypeWord.Matches(input))
            {
                var again = Parse(input[m.Index..], postcode);
                if (again.Address is { Street: not null, Match: not StreetMatchKind.Fuzzy } || IsNamesake(again.Address)) { parse = again; break; }
            }
        }
        if (parse.Address is not { } parsed)
        {
            tally.Skip(id, AddressSkipReason.Unparsed, M.Unparsed(r, parse.Error!));
            return null;
        }

        var street = parsed.Match == StreetMatchKind.Fuzzy ? null : parsed.Street; // a near miss is never stored: it may be another street
        if (r.TerytId is { } teryt)
        {
            if (FindTeryt(teryt) is { } byId)
            {
                if (street is not null && street.Id != byId.Id) tally.Note(id, AddressNoteKind.TerytOverridesName, M.Record(r, byId.Id, M.Street(byId), M.Street(street)));
                street = byId;
            }
            else tally.Note(id, AddressNoteKind.TerytNotInRegister, M.Record(r, teryt, street is null ? "" : M.Street(street)));
        }

        string streetName, streetKey;
        string? streetId = null;
        if (street is not null)
        {
            streetName = street.FullName;
            streetKey = StreetNameNormalizer.Normalize(street.FullName).Key;
            streetId = street.Id.All(char.IsAsciiDigit) ? street.Id : null;
        }
        else if (parsed.Match == StreetMatchKind.Ambiguous && SharedKey(parsed.Alternatives) is { } shared)
        {
            tally.Note(id, AddressNoteKind.SharedName, M.Record(r, M.Streets(parsed.Alternatives)));
            var names = parsed.Alternatives.Select(s => s.FullName).Distinct(StringComparer.Ordinal).ToList();
            streetName = names.Count == 1 ? names[0] : parsed.StreetText;
            streetKey = shared;
        }
        else if (parsed.Match == StreetMatchKind.Ambiguous)
        {
            tally.Skip(id, AddressSkipReason.AmbiguousStreet, M.Record(r, parsed.StreetText, M.Streets(parsed.Alternatives)));
            return null;
        }
        else
        {
            IReadOnlyList<RegisteredStreet> near = parsed.Street is { } nearMiss ? [nearMiss, .. parsed.Alternatives] : parsed.Alternatives;
            tally.Skip(id, AddressSkipReason.UnknownStreet, M.Record(r, parsed.StreetText, r.TerytId ?? "", M.Streets(near.Take(3))));
            return null;
        }

        var number = parsed.HouseNumber;
        return new AddressPoint(streetId, streetName, streetKey, number.Raw is { Length: > 0 } raw ? raw : number.ToString(), number,
            postcode ?? parsed.Postcode, r.Latitude, r.Longitude, source, id)
        {
            Layer = Cut(r.Layer, MaxLayer),
            SourceDate = Cut(r.SourceDate, MaxSourceDate),
        };
    }

    private AddressParseResult Parse(string text, string? postcode) =>
        _parser.Parse(postcode is null || text.Contains(postcode, StringComparison.Ordinal) ? text : $"{text}, {postcode}");

    /// <summary>True when the address's street is one name several register streets share (same key).</summary>
    private static bool IsNamesake(ParsedAddress? a) => a is { Street: null, Match: StreetMatchKind.Ambiguous } && SharedKey(a.Alternatives) is not null;

    /// <summary>The register's street with this TERYT ULIC id, also when the source drops its leading zeros
    /// (RSPO writes <c>1796</c> for TERYT's <c>01796</c>).</summary>
    private RegisteredStreet? FindTeryt(string id) =>
        _register.Find(id) ?? (id.Length < TerytIdLength && id.All(char.IsAsciiDigit) ? _register.Find(id.PadLeft(TerytIdLength, '0')) : null);

    /// <summary>The normalised key all <paramref name="streets"/> share, or null when they have different keys.</summary>
    private static string? SharedKey(IReadOnlyList<RegisteredStreet> streets)
    {
        if (streets.Count < 2) return null;
        var key = StreetNameNormalizer.Normalize(streets[0].FullName).Key;
        for (int i = 1; i < streets.Count; i++)
            if (StreetNameNormalizer.Normalize(streets[i].FullName).Key != key) return null;
        return key;
    }

    /// <summary>A postcode field in the form <c>NN-NNN</c> (also written <c>NNNNN</c>), else null.</summary>
    private static string? Postcode(string? text)
    {
        if (text is null) return null;
        if (text.Length == 5 && text.All(char.IsAsciiDigit)) text = text[..2] + "-" + text[2..];
        return text.Length == 6 && text[2] == '-' && text.Remove(2, 1).All(char.IsAsciiDigit) ? text : null;
    }

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
