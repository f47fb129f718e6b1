using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Contract;

/// <summary>
/// The API's contract as the server documents it (<c>/openapi/v1.json</c>) against the committed snapshot
/// <c>Contract/openapi.snapshot.json</c>: a change to any answer's shape shows up here and in review. To accept an
/// intended change, run the tests with <c>UPDATE_CONTRACT_SNAPSHOT=1</c> (the file is rewritten) and commit the file.
/// </summary>
public class OpenApiContractTests
{
    private const string UpdateVariable = "UPDATE_CONTRACT_SNAPSHOT";

    private static readonly string SnapshotPath = SharedData.RepoPath("tests", "CoverageMap.Server.Tests", "Contract", "openapi.snapshot.json");

    private static readonly JsonSerializerOptions Written = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static async Task<JsonNode> Document()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var response = await factory.Client().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    [Fact]
    public async Task The_openapi_document_matches_the_committed_snapshot()
    {
        var actual = await Document();
        var text = actual.ToJsonString(Written) + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(SnapshotPath, text);
            return;
        }

        var how = $"If the change to the contract is intended, refresh the snapshot: {UpdateVariable}=1 dotnet test tests/CoverageMap.Server.Tests " +
            $"--filter FullyQualifiedName~OpenApiContractTests, then review and commit {Path.GetRelativePath(SharedData.RepoRoot, SnapshotPath)}.";
        Assert.True(File.Exists(SnapshotPath), $"No contract snapshot at {SnapshotPath}. {how}");
        var expected = JsonNode.Parse(await File.ReadAllTextAsync(SnapshotPath))!;
        if (JsonNode.DeepEquals(expected, actual)) return;
        Assert.Fail($"The OpenAPI document (/openapi/v1.json) differs from the committed snapshot at {FirstDifference(expected, actual, "$")}. {how}");
    }

    [Theory]
    [InlineData("AddressResolutionStatus", new[] { "resolved", "multiple", "noPartnership", "ambiguousStreet", "streetNotFound", "noData", "conflictingRules", "unparseable" })]
    [InlineData("AnswerBasis", new[] { "point", "streetRule", "addressPoint", "interpolation", "street", "streetSide", "streetStretch", "registry", "none" })]
    [InlineData("AreaRelation", new[] { "inside", "onBorder", "alongBorder" })]
    [InlineData("CertaintyLevel", new[] { "high", "medium", "low", "none" })]
    [InlineData("SettleHint", new[] { "houseNumber", "district", "postcode", "pointOnMap" })]
    public async Task Every_enum_is_documented_as_a_string_with_its_camelCase_values(string name, string[] values)
    {
        var schema = (await Document())["components"]!["schemas"]![name]!;

        Assert.Equal("string", schema["type"]!.GetValue<string>());
        Assert.Equal(values, schema["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task No_schema_of_the_document_has_an_enum_that_is_not_strings()
    {
        var enums = new List<(string Path, JsonNode Schema)>();
        Collect(await Document(), "$", enums);

        Assert.NotEmpty(enums);
        Assert.All(enums, e =>
        {
            Assert.True(e.Schema["type"]?.GetValueKind() == JsonValueKind.String && e.Schema["type"]!.GetValue<string>() == "string", $"{e.Path}: type is not string");
            Assert.All(e.Schema["enum"]!.AsArray(), v => Assert.Equal(JsonValueKind.String, v!.GetValueKind()));
        });
    }

    [Fact]
    public async Task The_lookup_answers_a_point_or_an_address_and_both_shapes_are_documented()
    {
        var doc = await Document();
        var ok = doc["paths"]!["/api/lookup"]!["get"]!["responses"]!["200"]!["content"]!["application/json"]!["schema"]!;

        Assert.Equal(["#/components/schemas/LookupResponse", "#/components/schemas/AddressLookupResponse"],
            ok["oneOf"]!.AsArray().Select(s => s!["$ref"]!.GetValue<string>()));
        var schemas = doc["components"]!["schemas"]!;
        Assert.NotNull(schemas["LookupResponse"]!["properties"]!["nearest"]);
        Assert.NotNull(schemas["AddressLookupResponse"]!["properties"]!["alternatives"]);
        Assert.Equal(["partnershipId", "name", "relation", "lengthInsideMetres", "lengthAlongBorderMetres"],
            schemas["AreaHitDto"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    private static void Collect(JsonNode? node, string path, List<(string, JsonNode)> found)
    {
        if (node is JsonObject o)
        {
            if (o["enum"] is JsonArray) found.Add((path, o));
            foreach (var (key, child) in o) Collect(child, $"{path}.{key}", found);
        }
        else if (node is JsonArray a)
        {
            for (int i = 0; i < a.Count; i++) Collect(a[i], $"{path}[{i}]", found);
        }
    }

    /// <summary>The JSON path of the first place two documents differ, with both values (shortened).</summary>
    private static string FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        if (expected is JsonObject eo && actual is JsonObject ao)
        {
            foreach (var (key, value) in eo)
                if (!ao.ContainsKey(key)) return $"{path}.{key} (in the snapshot, no longer in the document)";
                else if (!JsonNode.DeepEquals(value, ao[key])) return FirstDifference(value, ao[key], $"{path}.{key}");
            foreach (var (key, _) in ao)
                if (!eo.ContainsKey(key)) return $"{path}.{key} (new in the document)";
        }
        else if (expected is JsonArray ea && actual is JsonArray aa)
        {
            for (int i = 0; i < Math.Min(ea.Count, aa.Count); i++)
                if (!JsonNode.DeepEquals(ea[i], aa[i])) return FirstDifference(ea[i], aa[i], $"{path}[{i}]");
            return $"{path} ({ea.Count} items in the snapshot, {aa.Count} in the document)";
        }
        return $"{path} (snapshot: {Short(expected)}; document: {Short(actual)})";
    }

    private static string Short(JsonNode? node)
    {
        var s = node?.ToJsonString(Written) ?? "null";
        return s.Length <= 200 ? s : s[..200] + "…";
    }
}
