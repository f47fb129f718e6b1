using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Store;

/// <summary>
/// The store: dataset versions with their partnerships and areas, the address points of the gazetteer, API keys and the audit log.
/// One model, two providers: on SQLite (the embedded default) an area's geometry is a WKB blob; on PostgreSQL it is a
/// PostGIS <c>geometry(MultiPolygon,4326)</c> column with a GiST index, and every address point has a generated
/// <c>geometry(Point,4326)</c> column <c>Location</c> with a GiST index (see <see cref="ConfigurePostgis"/>). Each provider has
/// migrations of its own: SQLite's in <c>Store/Migrations</c>, PostgreSQL's in the assembly <c>CoverageMap.Data.Postgres</c>.
/// Not thread-safe (one context per unit of work).
/// </summary>
public sealed class CoverageMapDbContext(DbContextOptions<CoverageMapDbContext> options) : DbContext(options)
{
    /// <summary>Dataset versions.</summary>
    public DbSet<DatasetVersionRow> Versions => Set<DatasetVersionRow>();

    /// <summary>Partnerships of all versions.</summary>
    public DbSet<PartnershipRow> Partnerships => Set<PartnershipRow>();

    /// <summary>Areas of all versions.</summary>
    public DbSet<AreaRow> Areas => Set<AreaRow>();

    /// <summary>Address points of the gazetteer (all sources; not versioned with the datasets).</summary>
    public DbSet<AddressPointRow> AddressPoints => Set<AddressPointRow>();

    /// <summary>API keys (hashes only).</summary>
    public DbSet<ApiKeyRow> ApiKeys => Set<ApiKeyRow>();

    /// <summary>Who changed what, when and why.</summary>
    public DbSet<AuditEntryRow> AuditLog => Set<AuditEntryRow>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DatasetVersionRow>(e =>
        {
            e.ToTable("dataset_versions");
            e.HasKey(v => v.Id);
            e.Property(v => v.Label).IsRequired().HasMaxLength(500);
            e.Property(v => v.Origin).IsRequired().HasMaxLength(20).HasDefaultValue(DatasetOrigins.Import);
            e.Property(v => v.ContentHash).IsRequired().HasMaxLength(64);
            e.HasIndex(v => v.ContentHash).IsUnique().HasDatabaseName("ux_dataset_versions_content_hash");
            e.HasIndex(v => v.IsActive).IsUnique().HasFilter(Database.IsNpgsql() ? "\"IsActive\"" : "\"IsActive\" = 1").HasDatabaseName("ux_dataset_versions_one_active");
            e.HasMany(v => v.Partnerships).WithOne().HasForeignKey(p => p.VersionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(v => v.Areas).WithOne().HasForeignKey(a => a.VersionId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<PartnershipRow>(e =>
        {
            e.ToTable("partnerships");
            e.HasKey(p => new { p.VersionId, p.PartnershipId });
            e.Property(p => p.PartnershipId).HasMaxLength(100);
            e.Property(p => p.Name).IsRequired().HasMaxLength(300);
            e.Property(p => p.Json).IsRequired();
        });
        modelBuilder.Entity<AreaRow>(e =>
        {
            e.ToTable("areas");
            e.HasKey(a => new { a.VersionId, a.PartnershipId });
            e.Property(a => a.PartnershipId).HasMaxLength(100);
            e.Property(a => a.GeometryWkb).IsRequired();
            e.Property(a => a.ProvenanceJson).IsRequired();
        });
        modelBuilder.Entity<AddressPointRow>(e =>
        {
            e.ToTable("address_points");
            e.HasKey(a => a.Id);
            e.Property(a => a.Source).IsRequired().HasMaxLength(100);
            e.Property(a => a.SourceId).IsRequired().HasMaxLength(100);
            e.Property(a => a.StreetId).HasMaxLength(20);
            e.Property(a => a.StreetName).IsRequired().HasMaxLength(300);
            e.Property(a => a.StreetKey).IsRequired().HasMaxLength(300);
            e.Property(a => a.HouseNumberText).IsRequired().HasMaxLength(50);
            e.Property(a => a.HouseNumberKey).IsRequired().HasMaxLength(50);
            e.Property(a => a.Letter).IsRequired().HasMaxLength(10);
            e.Property(a => a.SecondLetter).IsRequired().HasMaxLength(10);
            e.Property(a => a.Postcode).HasMaxLength(10);
            e.Property(a => a.Layer).HasMaxLength(200);
            e.Property(a => a.SourceDate).HasMaxLength(30);
            e.HasIndex(a => new { a.Source, a.SourceId }).IsUnique().HasDatabaseName("ux_address_points_source");
            e.HasIndex(a => new { a.StreetKey, a.HouseNumberKey }).HasDatabaseName("ix_address_points_street_key");
            e.HasIndex(a => new { a.StreetId, a.HouseNumberKey }).HasDatabaseName("ix_address_points_street_id");
        });
        modelBuilder.Entity<ApiKeyRow>(e =>
        {
            e.ToTable("api_keys");
            e.HasKey(k => k.Id);
            e.Property(k => k.Name).IsRequired().HasMaxLength(ApiKeyStore.MaxNameLength);
            e.Property(k => k.Scopes).IsRequired().HasMaxLength(100);
            e.Property(k => k.TokenHash).IsRequired().HasMaxLength(64);
            e.Property(k => k.TokenPrefix).IsRequired().HasMaxLength(20);
            e.HasIndex(k => k.TokenHash).IsUnique().HasDatabaseName("ux_api_keys_token_hash");
        });
        modelBuilder.Entity<AuditEntryRow>(e =>
        {
            e.ToTable("audit_log");
            e.HasKey(a => a.Id);
            e.Property(a => a.Actor).IsRequired().HasMaxLength(ApiKeyStore.MaxNameLength);
            e.Property(a => a.Action).IsRequired().HasMaxLength(30);
            e.Property(a => a.PartnershipId).HasMaxLength(100);
            e.Property(a => a.Reason).IsRequired().HasMaxLength(AuditedChanges.MaxReasonLength);
            e.HasIndex(a => a.At).HasDatabaseName("ix_audit_log_at");
        });
        if (Database.IsNpgsql()) ConfigurePostgis(modelBuilder);
    }

    /// <summary>The name of the generated PostGIS point column of <c>address_points</c> (PostgreSQL only).</summary>
    public const string AddressLocationColumn = "Location";

    /// <summary>
    /// PostgreSQL only: real PostGIS columns instead of WKB and plain coordinates. Areas: <c>geometry(MultiPolygon,4326)</c>
    /// (<see cref="PostgisAreaGeometry"/>), GiST-indexed. Address points: <c>Location geometry(Point,4326)</c>, generated by
    /// the database from longitude and latitude (so no writer can let it drift), GiST-indexed.
    /// </summary>
    private static void ConfigurePostgis(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("postgis");
        modelBuilder.Entity<AreaRow>(e =>
        {
            e.Property(a => a.GeometryWkb).HasColumnName("Geometry").HasColumnType("geometry(MultiPolygon,4326)")
                .HasConversion(PostgisAreaGeometry.Converter);
            e.HasIndex(a => a.GeometryWkb).HasMethod("gist").HasDatabaseName("ix_areas_geometry");
        });
        modelBuilder.Entity<AddressPointRow>(e =>
        {
            e.Property<Point>(AddressLocationColumn).HasColumnType("geometry(Point,4326)")
                .HasComputedColumnSql("ST_SetSRID(ST_MakePoint(\"Longitude\", \"Latitude\"), 4326)", stored: true);
            e.HasIndex(AddressLocationColumn).HasMethod("gist").HasDatabaseName("ix_address_points_location");
        });
    }
}
