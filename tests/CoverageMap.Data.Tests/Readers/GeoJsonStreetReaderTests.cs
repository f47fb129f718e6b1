using CoverageMap.Core.Geometry;
using CoverageMap.Core.Problems;
using CoverageMap.Data.Readers;
using NetTopologySuite.Geometries;

namespace CoverageMap.Data.Tests.Readers;

public sealed class GeoJsonStreetReaderTests
{
    private static readonly GeoJsonStreetReader Reader = new();

    [Fact]
    public void Reads_the_real_skeleton_with_names_kinds_and_accuracies()
    {
        var path = SharedData.Path("geodata", "streets-skeleton.geojson");

        var result = Reader.Read(path, StreetNetworkReaderOptions.Default);

        Assert.Equal(20, result.FeaturesRead);
        Assert.Equal(20, result.Network.Lines.Count);
        Assert.Equal(0, result.SkippedWithoutName + result.SkippedNotLinear + result.SkippedIncomplete);
        Assert.Equal("streets-skeleton.geojson (GeoJSON)", result.Network.Source);
        Assert.Null(result.Network.SourceDate);

        var broniewskiego = Assert.Single(result.Network.Lines, l => l.Name == "Władysława Broniewskiego");
        Assert.Equal("ulica", broniewskiego.Kind);
        Assert.Equal(20, broniewskiego.AccuracyMetres);
        var line = Assert.IsType<LineString>(broniewskiego.Geometry);
        Assert.Equal(new Coordinate(20.980126, 52.262765), line.Coordinates[0]);
        Assert.Equal(110, Assert.Single(result.Network.Lines, l => l.Name == "Zygmunta Krasińskiego").AccuracyMetres);

        Assert.All(result.Network.Lines, l =>
        {
            Assert.Same(Geo.Factory, l.Geometry.Factory);
            Assert.Equal(Geo.Wgs84, l.Geometry.SRID);
            Assert.InRange(l.Geometry.EnvelopeInternal.MinX, 20.8, 21.2); // X is longitude
            Assert.InRange(l.Geometry.EnvelopeInternal.MinY, 52.1, 52.4);
            Assert.NotNull(l.AccuracyMetres);
        });
    }

    [Fact]
    public void Reads_the_committed_2026_12_skeleton_with_each_streets_own_accuracy_despite_its_nested_properties()
    {
        // geodata/streets-skeleton-2026-12.geojson (issue 13) carries arrays and objects per feature (chords,
        // tram_nodes, extension_m); the reader keeps name, kind and est_accuracy_m and ignores the rest.
        var path = SharedData.RepoPath("geodata", "streets-skeleton-2026-12.geojson");

        var result = Reader.Read(path, StreetNetworkReaderOptions.Default);

        Assert.Equal(20, result.Network.Lines.Count);
        Assert.Equal(0, result.SkippedWithoutName + result.SkippedNotLinear + result.SkippedIncomplete);
        Assert.Equal("streets-skeleton-2026-12.geojson (GeoJSON)", result.Network.Source);
        var accuracy = result.Network.Lines.ToDictionary(l => l.Name, l => l.AccuracyMetres);
        Assert.Equal(80, accuracy["Rafała Krajewskiego"]);      // a chord of ±300 m before
        Assert.Equal(20, accuracy["Generała Józefa Zajączka"]);  // ±95 m before
        Assert.Equal(30, accuracy["Księdza Jerzego Popiełuszki"]); // ±90 m before
        Assert.Equal(45, accuracy["Włościańska"]);
        Assert.All(result.Network.Lines, l => Assert.NotNull(l.AccuracyMetres));
    }

    [Fact]
    public void Skips_and_counts_features_without_a_name_or_not_linear_and_keeps_multilines()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("mixed.geojson", """
            {"type":"FeatureCollection","date":"2024-05-01","licence":"CC0 1.0","features":[
              {"type":"Feature","id":7,"properties":{"name":" Zygmunta Krasińskiego ","kind":"ulica","est_accuracy_m":"35"},
               "geometry":{"type":"LineString","coordinates":[[20.9782,52.2666],[20.9844,52.2682]]}},
              {"type":"Feature","properties":{"name":"Wybrzeże Gdyńskie"},
               "geometry":{"type":"MultiLineString","coordinates":[[[21.0076,52.2606],[21.0072,52.2609]],[[21.0070,52.2611],[21.0068,52.2613]]]}},
              {"type":"Feature","properties":{"name":"   "},"geometry":{"type":"LineString","coordinates":[[21.0,52.2],[21.1,52.3]]}},
              {"type":"Feature","properties":{"kind":"ulica"},"geometry":{"type":"LineString","coordinates":[[21.0,52.2],[21.1,52.3]]}},
              {"type":"Feature","properties":{"name":"Park Kaskada"},"geometry":{"type":"Polygon","coordinates":[[[21.0,52.2],[21.1,52.2],[21.1,52.3],[21.0,52.2]]]}},
              {"type":"Feature","properties":{"name":"Pl. Wilsona"},"geometry":{"type":"Point","coordinates":[20.9847,52.2688]}},
              {"type":"Feature","properties":{"name":"Brak geometrii"},"geometry":null},
              {"type":"Feature","properties":{"name":"Jeden punkt"},"geometry":{"type":"LineString","coordinates":[[21.0,52.2],[21.0,52.2]]}}
            ]}
            """);

        var result = Reader.Read(path, StreetNetworkReaderOptions.Default);

        Assert.Equal(8, result.FeaturesRead);
        Assert.Equal(2, result.SkippedWithoutName);
        Assert.Equal(3, result.SkippedNotLinear);
        Assert.Equal(1, result.SkippedIncomplete);
        Assert.Equal(["Zygmunta Krasińskiego", "Wybrzeże Gdyńskie"], result.Network.Lines.Select(l => l.Name));
        var first = result.Network.Lines[0];
        Assert.Equal(("ulica", 35.0, "7"), (first.Kind, first.AccuracyMetres, first.SourceId));
        Assert.Equal(2, Assert.IsType<MultiLineString>(result.Network.Lines[1].Geometry).NumGeometries);
        Assert.Equal(new DateOnly(2024, 5, 1), result.Network.SourceDate);
        Assert.Equal("CC0 1.0", result.Network.Licence);
    }

    [Fact]
    public void Takes_the_name_kind_and_accuracy_from_the_configured_properties()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("streets.json", """
            {"type":"FeatureCollection","features":[
              {"type":"Feature","properties":{"name":"Generała Józefa Zajączka","short":"Zajączka","typ":"ul.","dokladnosc":12.5},
               "geometry":{"type":"LineString","coordinates":[[20.987,52.270],[20.9925,52.2712]]}}]}
            """);
        var options = new StreetNetworkReaderOptions { NameField = "short", KindField = "typ", AccuracyField = "dokladnosc" };

        var line = Assert.Single(Reader.Read(path, options).Network.Lines);

        Assert.Equal(("Zajączka", "ul.", 12.5), (line.Name, line.Kind, line.AccuracyMetres));
    }

    [Fact]
    public void A_name_property_no_feature_has_is_an_error_that_lists_the_properties_present()
    {
        var path = SharedData.Path("geodata", "streets-skeleton.geojson");

        var error = Assert.Throws<InputProblemException>(() => Reader.Read(path, new StreetNetworkReaderOptions { NameField = "nazwa" }));

        Assert.Equal((InputProblem.NetworkNoNameField, "streets-skeleton.geojson", "nazwa"), (error.Fault.Problem, error.Fault.Facts[0], error.Fault.Facts[1]));
        Assert.Contains("est_accuracy_m", error.Fault.Facts[2]);
        Assert.Contains("short", error.Fault.Facts[2]);
    }

    [Fact]
    public void Projected_coordinates_and_a_foreign_crs_are_rejected()
    {
        using var dir = new TempDirectory();
        var projected = dir.Write("projected.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Krasińskiego"},
              "geometry":{"type":"LineString","coordinates":[[7504470.7,5793528.0],[7504475.3,5793525.9]]}}]}
            """);
        var crs = dir.Write("crs.geojson", """
            {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2178"}},"features":[]}
            """);

        Assert.Equal(InputFault.Of(InputProblem.NetworkNotLonLat, "projected.geojson", "1", "Krasińskiego", "7504470.7", "5793528"),
            Assert.Throws<InputProblemException>(() => Reader.Read(projected, StreetNetworkReaderOptions.Default)).Fault);
        Assert.Equal(InputFault.Of(InputProblem.NetworkCrs, "crs.geojson", "urn:ogc:def:crs:EPSG::2178"),
            Assert.Throws<InputProblemException>(() => Reader.Read(crs, StreetNetworkReaderOptions.Default)).Fault);
    }

    [Fact]
    public void A_file_that_is_not_a_feature_collection_is_rejected()
    {
        using var dir = new TempDirectory();
        var geometry = dir.Write("line.geojson", """{"type":"LineString","coordinates":[[21.0,52.2],[21.1,52.3]]}""");
        var broken = dir.Write("broken.geojson", """{"type":"FeatureCollection","features":[""");

        Assert.Equal(InputFault.Of(InputProblem.NotFeatureCollection, "line.geojson"),
            Assert.Throws<InputProblemException>(() => Reader.Read(geometry, StreetNetworkReaderOptions.Default)).Fault);
        Assert.Equal(InputFault.Of(InputProblem.NotJson, "broken.geojson", "1", "41"),
            Assert.Throws<InputProblemException>(() => Reader.Read(broken, StreetNetworkReaderOptions.Default)).Fault);
    }

    [Fact]
    public void Features_without_attributes_a_broken_geometry_and_a_date_that_is_no_date_are_said_apart()
    {
        using var dir = new TempDirectory();
        var bare = dir.Write("bare.geojson", """{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null}]}""");
        var geometry = dir.Write("geometry.geojson", """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Dolna"},"geometry":{"type":"LineString","coordinates":"x"}}]}
            """);
        var date = dir.Write("date.geojson", """{"type":"FeatureCollection","date":"grudzień","features":[]}""");

        Assert.Equal(InputFault.Of(InputProblem.NetworkNoAttributes, "bare.geojson", "name"),
            Assert.Throws<InputProblemException>(() => Reader.Read(bare, StreetNetworkReaderOptions.Default)).Fault);
        Assert.Equal(InputFault.Of(InputProblem.NetworkGeometry, "geometry.geojson", "1", "Dolna"),
            Assert.Throws<InputProblemException>(() => Reader.Read(geometry, StreetNetworkReaderOptions.Default)).Fault);
        Assert.Equal(InputFault.Of(InputProblem.NetworkDate, "date.geojson", "grudzień"),
            Assert.Throws<InputProblemException>(() => Reader.Read(date, StreetNetworkReaderOptions.Default)).Fault);
    }
}
