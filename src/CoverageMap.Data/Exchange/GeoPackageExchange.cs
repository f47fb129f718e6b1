using System.Globalization;
using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;

namespace CoverageMap.Data.Exchange;

/// <summary>
/// The GeoPackage exchange file (OGC 12-128r18, version 1.3): the required tables <c>gpkg_spatial_ref_sys</c>,
/// <c>gpkg_contents</c> and <c>gpkg_geometry_columns</c>, and one feature table <c>areas</c> (<c>fid</c>,
/// <c>geom</c> in EPSG:4326, <c>partnership_id</c>, <c>name</c>, <c>partnership</c> and <c>provenance</c> as JSON
/// text). Geometries are GeoPackage blobs written and read by NetTopologySuite.IO.GeoPackage; the file itself is
/// SQLite through Microsoft.Data.Sqlite. Thread-safe.
/// </summary>
public sealed class GeoPackageExchange : IExchangeCodec
{
    public static GeoPackageExchange Instance { get; } = new();

    public const string Table = "areas";

    private const string Wgs84Definition =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AXIS[\"Latitude\",NORTH],AXIS[\"Longitude\",EAST],AUTHORITY[\"EPSG\",\"4326\"]]";

    public void Write(IReadOnlyList<ExchangeRecord> records, string path)
    {
        if (File.Exists(path)) File.Delete(path);
        using var connection = Open(path, SqliteOpenMode.ReadWriteCreate);
        using var tx = connection.BeginTransaction();
        Execute(connection, """
            PRAGMA application_id = 1196444487;
            PRAGMA user_version = 10300;
            CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
            CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
              description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
            CREATE TABLE areas (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom GEOMETRY, partnership_id TEXT NOT NULL UNIQUE,
              name TEXT NOT NULL, partnership TEXT, provenance TEXT);
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
            INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
            """, tx);
        using (var srs = Command(connection, "INSERT INTO gpkg_spatial_ref_sys VALUES ('WGS 84 geodetic', 4326, 'EPSG', 4326, $def, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid')", tx))
        {
            srs.Parameters.AddWithValue("$def", Wgs84Definition);
            srs.ExecuteNonQuery();
        }
        var env = new Envelope();
        foreach (var r in records) if (r.Geometry is not null) env.ExpandToInclude(r.Geometry.EnvelopeInternal);
        using (var contents = Command(connection, "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) " +
            "VALUES ('areas', 'features', 'areas', 'CoverageMap: partnership areas', $minx, $miny, $maxx, $maxy, 4326)", tx))
        {
            contents.Parameters.AddWithValue("$minx", env.IsNull ? DBNull.Value : env.MinX);
            contents.Parameters.AddWithValue("$miny", env.IsNull ? DBNull.Value : env.MinY);
            contents.Parameters.AddWithValue("$maxx", env.IsNull ? DBNull.Value : env.MaxX);
            contents.Parameters.AddWithValue("$maxy", env.IsNull ? DBNull.Value : env.MaxY);
            contents.ExecuteNonQuery();
        }
        Execute(connection, "INSERT INTO gpkg_geometry_columns VALUES ('areas', 'geom', 'GEOMETRY', 4326, 0, 0)", tx);
        var writer = new GeoPackageGeoWriter();
        using var insert = Command(connection, "INSERT INTO areas (geom, partnership_id, name, partnership, provenance) VALUES ($geom, $id, $name, $p, $prov)", tx);
        foreach (var r in records)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$geom", r.Geometry is null ? DBNull.Value : writer.Write(r.Geometry));
            insert.Parameters.AddWithValue("$id", r.PartnershipId);
            insert.Parameters.AddWithValue("$name", r.Name);
            insert.Parameters.AddWithValue("$p", (object?)r.PartnershipJson ?? DBNull.Value);
            insert.Parameters.AddWithValue("$prov", (object?)r.ProvenanceJson ?? DBNull.Value);
            insert.ExecuteNonQuery();
        }
        tx.Commit();
    }

    public IReadOnlyList<ExchangeRecord> Read(string path)
    {
        var file = Path.GetFileName(path);
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadOnly);
            string table, column;
            using (var which = Command(connection, "SELECT table_name, column_name FROM gpkg_geometry_columns ORDER BY table_name = 'areas' DESC, table_name LIMIT 1", null))
            using (var row = which.ExecuteReader())
            {
                if (!row.Read()) throw new InputProblemException(InputProblem.GeoPackageNoFeatureTable, file);
                (table, column) = (row.GetString(0), row.GetString(1));
            }
            var columns = new List<string>();
            using (var info = Command(connection, $"PRAGMA table_info(\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\")", null))
            using (var row = info.ExecuteReader())
                while (row.Read()) columns.Add(row.GetString(1));
            string? Find(params string[] names) => names.FirstOrDefault(n => columns.Contains(n, StringComparer.OrdinalIgnoreCase));
            var idColumn = Find("partnership_id", "partnershipId", "id")
                ?? throw new InputProblemException(InputProblem.GeoPackageNoIdColumn, file, table, string.Join(", ", columns));
            string Select(string? c) => c is null ? "NULL" : "\"" + c.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            var reader = new GeoPackageGeoReader(Geo.Factory.CoordinateSequenceFactory, Geo.Factory.PrecisionModel);
            var records = new List<ExchangeRecord>();
            using var select = Command(connection, string.Create(CultureInfo.InvariantCulture,
                $"SELECT {Select(column)}, {Select(idColumn)}, {Select(Find("name"))}, {Select(Find("partnership"))}, {Select(Find("provenance"))} FROM {Select(table)} ORDER BY rowid"), null);
            using var rows = select.ExecuteReader();
            while (rows.Read())
            {
                Geometry? geometry = rows.IsDBNull(0) ? null : reader.Read((byte[])rows.GetValue(0));
                if (geometry is { IsEmpty: true }) geometry = null;
                records.Add(new ExchangeRecord(rows.IsDBNull(1) ? "" : Convert.ToString(rows.GetValue(1), CultureInfo.InvariantCulture)!,
                    rows.IsDBNull(2) ? "" : rows.GetString(2), geometry, rows.IsDBNull(3) ? null : rows.GetString(3), rows.IsDBNull(4) ? null : rows.GetString(4)));
            }
            return records;
        }
        catch (SqliteException e)
        {
            throw new InputProblemException(InputFault.Of(InputProblem.NotGeoPackage, file), e);
        }
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        // No pooling: the file is closed when the connection is, so it can be read, sent or deleted at once.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? tx)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction tx)
    {
        using var command = Command(connection, sql, tx);
        command.ExecuteNonQuery();
    }
}
