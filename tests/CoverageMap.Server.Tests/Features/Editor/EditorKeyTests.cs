using System.Net;
using System.Text.Json.Nodes;
using CoverageMap.Data.Store;
using CoverageMap.Server.Tests.Infrastructure;
using static CoverageMap.Server.Tests.Features.Editor.EditorRequests;

namespace CoverageMap.Server.Tests.Features.Editor;

/// <summary>Keys on the editor's routes: 401 without a valid key, 403 without the scope (localized problems); reads stay
/// open; CORS stays reads-only; writes have their own rate limit.</summary>
public sealed class EditorKeyTests
{
    /// <summary>Every route that needs a key, with the scope it needs (null: any valid key) and a valid body.</summary>
    private static readonly (HttpMethod Method, string Path, string? Scope, JsonNode? Body)[] Routes =
    [
        (HttpMethod.Post, "/api/editor/parse", ApiKeyScopes.Edit, new JsonObject { ["description"] = SadySentence }),
        (HttpMethod.Post, "/api/editor/build", ApiKeyScopes.Edit, Build("sady-zoliborskie", Boundary(SadySentence, [Street("Włościańską"), Street("Słowackiego"), Street("Popiełuszki"), Street("Broniewskiego")]))),
        (HttpMethod.Post, "/api/editor/drafts", ApiKeyScopes.Edit, Draft("sady-zoliborskie", Boundary(SadySentence, [Street("Włościańską"), Street("Słowackiego"), Street("Popiełuszki"), Street("Broniewskiego")]), "test")),
        (HttpMethod.Post, "/api/editor/versions/1/activate", ApiKeyScopes.Activate, new JsonObject { ["reason"] = "test" }),
        (HttpMethod.Get, "/api/editor/session", null, null),
        (HttpMethod.Get, "/api/editor/versions", null, null),
        (HttpMethod.Get, "/api/editor/audit", null, null),
    ];

    private static HttpRequestMessage Request((HttpMethod Method, string Path, string? Scope, JsonNode? Body) route) =>
        new(route.Method, route.Path) { Content = route.Body is null ? null : JsonContent(route.Body) };

    private static StringContent JsonContent(JsonNode body) => new(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

    [Fact]
    public async Task Every_key_route_without_a_key_or_with_a_bad_or_revoked_one_is_a_localized_401_problem()
    {
        using var server = new EditorServer();
        var token = await server.KeyAsync("Anna", ApiKeyScopes.Edit, ApiKeyScopes.Activate);
        var keys = new ApiKeyStore(CoverageMap.Data.Store.StoreOptions.Sqlite(server.Database));
        var revoked = (await keys.CreateAsync("Stary klucz", [ApiKeyScopes.Edit, ApiKeyScopes.Activate]));
        await keys.RevokeAsync(revoked.Key.Id);

        foreach (var route in Routes)
        {
            foreach (var (credential, language) in new (string?, string?)[] { (null, null), ("cmk_wrong", null), (revoked.Token, null), (token + "x", "en") })
            {
                using var client = server.ClientWith(credential, language);
                var response = await client.SendAsync(Request(route));
                Assert.True(HttpStatusCode.Unauthorized == response.StatusCode, $"{route.Method} {route.Path} with {credential ?? "no key"}: {(int)response.StatusCode}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
                var problem = await Json(response);
                Assert.Equal(401, problem.GetProperty("status").GetInt32());
                Assert.Equal(language == "en" ? "API key required" : "Wymagany klucz API", problem.GetProperty("title").GetString());
            }
        }
        // Nothing was written by the refused requests: one seeded version, no editor entries in the audit log (the seed's activation is "seed").
        Assert.Single(await server.Store.ListVersionsAsync());
        Assert.DoesNotContain(await new AuditedChanges(server.Store, CoverageMap.Data.Store.StoreOptions.Sqlite(server.Database)).ListAsync(), a => a.Actor is not ("cli" or "seed"));
    }

    [Fact]
    public async Task A_key_without_the_scope_is_a_403_problem_naming_the_key_and_the_scope()
    {
        using var server = new EditorServer();
        var editOnly = await server.KeyAsync("Edytorka", ApiKeyScopes.Edit);
        var activateOnly = await server.KeyAsync("Zatwierdzający", ApiKeyScopes.Activate);
        foreach (var route in Routes.Where(r => r.Scope is not null))
        {
            var (token, holder) = route.Scope == ApiKeyScopes.Edit ? (activateOnly, "Zatwierdzający") : (editOnly, "Edytorka");
            using var client = server.ClientWith(token);
            var response = await client.SendAsync(Request(route));
            Assert.True(HttpStatusCode.Forbidden == response.StatusCode, $"{route.Path}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var detail = (await Json(response)).GetProperty("detail").GetString()!;
            Assert.Contains($"„{holder}”", detail, StringComparison.Ordinal);
            Assert.Contains($"„{route.Scope}”", detail, StringComparison.Ordinal);
        }
        // The routes any valid key may use answer both keys.
        foreach (var route in Routes.Where(r => r.Scope is null))
            foreach (var token in new[] { editOnly, activateOnly })
                Assert.Equal(HttpStatusCode.OK, (await server.ClientWith(token).SendAsync(Request(route))).StatusCode);
        Assert.Single(await server.Store.ListVersionsAsync());
    }

    [Fact]
    public async Task Reads_stay_open_and_the_editor_writes_get_no_cors_policy()
    {
        using var server = new EditorServer();
        using var client = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/areas")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/editor/diff")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/editor")).StatusCode);

        foreach (var path in new[] { "/api/editor/drafts", "/api/editor/versions/1/activate", "/api/editor/build", "/api/editor/parse" })
        {
            var preflight = new HttpRequestMessage(HttpMethod.Options, path);
            preflight.Headers.Add("Origin", "https://example.org");
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            var response = await client.SendAsync(preflight);
            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"), path);
        }
        var read = new HttpRequestMessage(HttpMethod.Get, "/api/areas");
        read.Headers.Add("Origin", "https://example.org");
        Assert.Equal("*", (await client.SendAsync(read)).Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Writes_have_their_own_rate_limit_and_reads_are_not_counted_against_it()
    {
        using var server = new EditorServer(settings: new Dictionary<string, string?> { ["RateLimiting:Writes:PermitLimit"] = "2", ["RateLimiting:Writes:WindowSeconds"] = "3600" });
        var token = await server.KeyAsync("Anna", ApiKeyScopes.Edit);
        using var client = server.ClientWith(token);
        var body = new JsonObject { ["description"] = SadySentence };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/editor/parse", JsonContent(body))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/editor/parse", JsonContent(body))).StatusCode);
        var third = await client.PostAsync("/api/editor/parse", JsonContent(body));
        Assert.Equal((HttpStatusCode)429, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        Assert.True(third.Headers.Contains("Retry-After"));
        for (int i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/areas")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/editor/session")).StatusCode);
    }

    /// <summary>Regression (found by the fuzz pass): on a server fed by another dataset source the store was never
    /// migrated, and the diff (and a key check) answered 500; the editor now migrates the store before first use.</summary>
    [Fact]
    public async Task A_server_whose_store_was_never_migrated_answers_the_editor_with_problems_not_500()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        using var client = factory.CreateClient();
        var diff = await client.GetAsync("/api/editor/diff?from=1&to=2");
        Assert.Equal(HttpStatusCode.NotFound, diff.StatusCode);
        Assert.Equal("application/problem+json", diff.Content.Headers.ContentType?.MediaType);
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "cmk_x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/editor/session")).StatusCode);
    }
}
