using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using CoverageMap.Core.Areas;
using CoverageMap.Core.Lookup;
using CoverageMap.Core.Problems;
using CoverageMap.Core.Review;
using CoverageMap.Data.Store;
using CoverageMap.Server.Datasets;
using CoverageMap.Server.Features.Lookup;
using CoverageMap.Server.Features.MapPage;
using CoverageMap.Server.Features.Versions;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoverageMap.Server.Features.Editor;

/// <summary>
/// The editor for district staff (issue 12): <c>/editor</c> (the page) and <c>/api/editor/…</c>. Reading a description and
/// building an area (<c>edit</c>), saving a draft version (<c>edit</c>), activating a version or rolling back to an
/// earlier one (<c>activate</c>) need an API key (<see cref="ApiKeyMiddleware"/>); the diff between two versions is a
/// read and open. Writes have their own rate limit (<see cref="EditorRateLimitOptions"/>) and no CORS policy (browsers
/// on other origins cannot call them); every change is audited (<see cref="AuditedChanges"/>).
/// </summary>
internal static class EditorEndpoints
{
    public const int MaxMovesListed = 1000;

    public static IServiceCollection AddEditor(this IServiceCollection services)
    {
        services.AddSingleton<EditorService>();
        services.AddSingleton<EditorStoreReadiness>();
        services.AddSingleton(sp => new ApiKeyStore(sp.GetRequiredService<StoreDatabase>().Options));
        services.AddSingleton(sp => new AuditedChanges(sp.GetRequiredService<DatasetStore>(), sp.GetRequiredService<StoreDatabase>().Options));
        services.AddOptions<EditorRateLimitOptions>().BindConfiguration(EditorRateLimitOptions.Section);
        services.Configure<RateLimiterOptions>(o => o.AddPolicy(EditorRateLimitOptions.Policy, context =>
        {
            var options = context.RequestServices.GetRequiredService<IOptions<EditorRateLimitOptions>>().Value;
            return RateLimitingExtensions.FixedWindowPerClient(context, options.PermitLimit, options.WindowSeconds);
        }));
        return services;
    }

    /// <summary>Maps the page and the API, and checks keys on the endpoints that need one (middleware before the endpoints run).</summary>
    public static WebApplication MapEditor(this WebApplication app)
    {
        app.UseMiddleware<ApiKeyMiddleware>();
        var options = app.Services.GetRequiredService<IOptions<MapPageOptions>>().Value;
        var csp = ContentSecurityPolicy.For(options.TileUrl, "'self'");
        app.MapGet("/editor", (HttpContext http, IWebHostEnvironment env) => Page(http, env, csp)).ExcludeFromDescription();

        var group = app.MapGroup("/api/editor").WithTags("Editor");
        group.MapGet("/session", Session).WithName("GetEditorSession")
            .WithSummary("Who the API key belongs to and its scopes (any valid key)")
            .WithMetadata(new RequiresApiKey(null)).RequireRateLimiting(RateLimitingExtensions.PerClientIp)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapPost("/parse", Parse).WithName("ParseBoundaryDescription")
            .WithSummary("Read a partnership's description into bounding streets, each matched against the street register with its confidence (scope edit)")
            .WithMetadata(new RequiresApiKey(ApiKeyScopes.Edit)).RequireRateLimiting(EditorRateLimitOptions.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/build", Build).WithName("BuildEditorArea")
            .WithSummary("Build a partnership's area from a street list without saving: the polygon, the streets' lines, every gap and unmatched street with where it is (scope edit)")
            .WithMetadata(new RequiresApiKey(ApiKeyScopes.Edit)).RequireRateLimiting(EditorRateLimitOptions.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/drafts", SaveDraft).WithName("SaveEditorDraft")
            .WithSummary("Save the partnership's edited facts and area as a draft (inactive) dataset version, with the reason (scope edit; audited)")
            .WithMetadata(new RequiresApiKey(ApiKeyScopes.Edit)).RequireRateLimiting(EditorRateLimitOptions.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/versions/{id}/activate", Activate).WithName("ActivateVersion")
            .WithSummary("Activate a dataset version — an earlier one is a rollback — atomically, with the reason (scope activate; audited)")
            .WithMetadata(new RequiresApiKey(ApiKeyScopes.Activate)).RequireRateLimiting(EditorRateLimitOptions.Policy)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/versions", Versions).WithName("ListEditorVersions")
            .WithSummary("Dataset versions with who saved each draft and why (any valid key)")
            .WithMetadata(new RequiresApiKey(null)).RequireRateLimiting(RateLimitingExtensions.PerClientIp)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/audit", Audit).WithName("ListAuditLog")
            .WithSummary("Who changed what, when and why, newest first (any valid key)")
            .WithMetadata(new RequiresApiKey(null)).RequireRateLimiting(RateLimitingExtensions.PerClientIp)
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/diff", Diff).WithName("DiffVersions")
            .WithSummary("What changes between two dataset versions: areas gained and lost (ha, GeoJSON) and the gazetteer's addresses that change partnership")
            .RequireRateLimiting(RateLimitingExtensions.PerClientIp)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status429TooManyRequests);
        return app;
    }

    internal static Ok<SessionDto> Session(HttpContext http)
    {
        var key = ApiKeyMiddleware.KeyOf(http);
        return TypedResults.Ok(new SessionDto(key.Name, [.. key.Scopes]));
    }

    internal static Results<Ok<ParseResponse>, ValidationProblem> Parse([FromBody] ParseRequest request, EditorService editor, HttpContext http)
    {
        var errors = new EditorErrors();
        var description = editor.Required(request.Description, "description", Core.Descriptions.BoundaryDescriptionParser.MaxLength, errors);
        var district = request.District is { Length: > 100 } ? null : request.District;
        if (description is null) return errors.ToProblem(ApiLanguageNegotiation.For(http.Request));
        return TypedResults.Ok(editor.Parse(description, district));
    }

    internal static Results<Ok<BuildResponse>, ValidationProblem, ProblemHttpResult> Build(
        [FromBody] BuildRequest request, EditorService editor, ActiveDatasetHolder holder, IStringLocalizer<EditorCatalogue> text, HttpContext http)
    {
        var lang = ApiLanguageNegotiation.For(http.Request);
        var errors = new EditorErrors();
        var id = editor.Required(request.PartnershipId, "partnershipId", 100, errors);
        if (id is null) return errors.ToProblem(lang);
        var dataset = holder.Current.Dataset;
        if (dataset.Partnerships.FirstOrDefault(p => p.Id == id) is not { } partnership) return UnknownPartnership(text, id);
        var build = editor.Build(partnership, dataset.Areas.FirstOrDefault(a => a.PartnershipId == id), request.Boundary, "boundary", errors);
        if (build is null) return errors.ToProblem(lang);
        return TypedResults.Ok(build.Response);
    }

    internal static async Task<Results<Ok<DraftResponse>, ValidationProblem, ProblemHttpResult>> SaveDraft(
        [FromBody] DraftRequest request, EditorService editor, DatasetStore store, AuditedChanges changes, ActiveDatasetHolder holder,
        IStringLocalizer<EditorCatalogue> text, HttpContext http, CancellationToken ct)
    {
        var lang = ApiLanguageNegotiation.For(http.Request);
        var key = ApiKeyMiddleware.KeyOf(http);
        var errors = new EditorErrors();
        var id = editor.Required(request.PartnershipId, "partnershipId", 100, errors);
        var reason = editor.Required(request.Reason, "reason", AuditedChanges.MaxReasonLength, errors);
        if (errors.Any || id is null || reason is null) return errors.ToProblem(lang);

        // The draft starts from the store's active version (what lookups answer from once the reload has run).
        var active = await store.LoadActiveAsync(ct) ?? holder.Current.Dataset;
        if (active.Partnerships.FirstOrDefault(p => p.Id == id) is not { } partnership) return UnknownPartnership(text, id);
        var edited = editor.WithFacts(partnership, request.Facts, "facts", errors);
        var build = editor.Build(partnership, active.Areas.FirstOrDefault(a => a.PartnershipId == id), request.Boundary, "boundary", errors);
        if (errors.Any || edited is null || build is null) return errors.ToProblem(lang);
        if (build.Area is null)
            return ApiProblems.Problem(StatusCodes.Status422UnprocessableEntity, text["NoAreaTitle"], text["NoArea"],
                new Dictionary<string, object?> { ["build"] = build.Response });

        var dataset = new Dataset(0, "editor",
            [.. active.Partnerships.Select(p => p.Id == id ? edited with { Boundary = build.Boundary } : p)],
            [.. active.Areas.Where(a => a.PartnershipId != id).Append(build.Area)]);
        var label = Clip($"edytor: {id} ({key.Name})", 500);
        var report = await changes.SaveDraftAsync(dataset, label, key, id, reason, ct);
        return TypedResults.Ok(new DraftResponse(report.VersionId!.Value, report.Unchanged, active.Version == 0 ? null : active.Version, build.Response));
    }

    internal static async Task<Results<Ok<ActivateResponse>, ValidationProblem, ProblemHttpResult>> Activate(
        [Description("The dataset version to activate.")] string id, [FromBody] ActivateRequest request,
        EditorService editor, AuditedChanges changes, DatasetStore store, ActiveDatasetHolder holder, AddressResolverProvider addresses,
        VersionedAnswers versions, IStringLocalizer<EditorCatalogue> text, HttpContext http, CancellationToken ct)
    {
        var lang = ApiLanguageNegotiation.For(http.Request);
        var errors = new EditorErrors();
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version <= 0)
            errors.Add("id", text["NotAVersion", "id"].Value);
        var reason = editor.Required(request.Reason, "reason", AuditedChanges.MaxReasonLength, errors);
        if (errors.Any || reason is null) return errors.ToProblem(lang);
        long? previous;
        try
        {
            previous = await changes.ActivateAsync(version, ApiKeyMiddleware.KeyOf(http), reason, ct);
        }
        catch (InputProblemException e) when (e.Fault.Problem == InputProblem.NoSuchVersion)
        {
            return UnknownVersion(text, version);
        }
        // Served at once: the new index is built off to the side and swapped in whole (lookups see the old or the new version).
        if (await store.LoadAsync(version, ct) is { } dataset)
        {
            var retired = addresses.Get(holder.Current);
            var snapshot = holder.Activate(dataset);
            addresses.For(snapshot);
            versions.Retire(retired);
        }
        return TypedResults.Ok(new ActivateResponse(version, previous, previous > version ? AuditActions.RolledBack : AuditActions.Activated));
    }

    internal static async Task<Ok<EditorVersionDto[]>> Versions(DatasetStore store, AuditedChanges changes, CancellationToken ct)
    {
        var versions = await store.ListVersionsAsync(ct);
        var saved = (await changes.ListAsync(10_000, ct)).Where(a => a.Action == AuditActions.DraftSaved && a.VersionId is not null)
            .GroupBy(a => a.VersionId!.Value).ToDictionary(g => g.Key, g => g.Last());
        return TypedResults.Ok(versions.Select(v => new EditorVersionDto(v.Id, v.Label, v.Origin, v.CreatedAt, v.ActivatedAt, v.IsActive, v.Areas,
            saved.GetValueOrDefault(v.Id)?.Actor, saved.GetValueOrDefault(v.Id)?.Reason)).ToArray());
    }

    internal static async Task<Ok<AuditEntryDto[]>> Audit(AuditedChanges changes, CancellationToken ct) =>
        TypedResults.Ok((await changes.ListAsync(200, ct)).Select(a => new AuditEntryDto(a.Id, a.At, a.Actor, a.Action, a.VersionId, a.PreviousVersionId, a.PartnershipId, a.Reason)).ToArray());

    internal static async Task<Results<Ok<VersionDiffResponse>, ValidationProblem, ProblemHttpResult>> Diff(
        [FromQuery, Description("The earlier version; default: the active one.")] string? from,
        [FromQuery, Description("The version to review; default: the newest.")] string? to,
        DatasetStore store, EditorStoreReadiness readiness, AddressResolverProvider addresses, IStringLocalizer<EditorCatalogue> text, HttpContext http, CancellationToken ct)
    {
        var lang = ApiLanguageNegotiation.For(http.Request);
        var errors = new EditorErrors();
        await readiness.EnsureAsync(ct);
        long? fromId = VersionParameter(from, "from", errors, text), toId = VersionParameter(to, "to", errors, text);
        if (errors.Any) return errors.ToProblem(lang);
        var versions = await store.ListVersionsAsync(ct);
        if (versions.Count == 0) return ApiProblems.Problem(StatusCodes.Status404NotFound, text["NotFoundTitle"], text["NoStoredVersion"]);
        fromId ??= versions.FirstOrDefault(v => v.IsActive)?.Id ?? versions[^1].Id;
        toId ??= versions[0].Id;
        var before = await store.LoadAsync(fromId.Value, ct);
        if (before is null) return UnknownVersion(text, fromId.Value);
        var after = await store.LoadAsync(toId.Value, ct);
        if (after is null) return UnknownVersion(text, toId.Value);

        var diff = VersionComparer.Compare(before, after, addresses.Data.Gazetteer, MaxMovesListed);
        var names = before.Partnerships.Concat(after.Partnerships).GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.Last().Name);
        string[] Names(IEnumerable<string> ids) => [.. ids.Select(i => names.GetValueOrDefault(i, i))];
        JsonElement? Geo(NetTopologySuite.Geometries.Geometry g) => g.IsEmpty ? null : JsonSerializer.SerializeToElement(g, ApiJson.GeoJson);
        return TypedResults.Ok(new VersionDiffResponse(diff.FromVersion, diff.ToVersion,
            [.. diff.Areas.Select(a => new AreaChangeDto(a.PartnershipId, a.Name, a.Kind, a.FactsChanged, a.BeforeHectares, a.AfterHectares,
                a.GainedHectares, a.LostHectares, Geo(a.Gained), Geo(a.Lost)))],
            diff.AddressesCompared, diff.AddressesMoved,
            [.. diff.MovesByChange.Select(kv => kv.Key.Split('→')).Select(parts => new MoveCountDto(
                Names(parts[0].Split('+', StringSplitOptions.RemoveEmptyEntries)), Names(parts[1].Split('+', StringSplitOptions.RemoveEmptyEntries)),
                diff.MovesByChange[string.Join('→', parts)]))],
            [.. diff.Moves.Select(m => new AddressMoveDto(m.Street, m.HouseNumber, m.Latitude, m.Longitude, Names(m.Before), Names(m.After)))]));
    }

    private static long? VersionParameter(string? value, string field, EditorErrors errors, IStringLocalizer<EditorCatalogue> text)
    {
        if (value is null) return null;
        if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v > 0) return v;
        errors.Add(field, text["NotAVersion", field].Value);
        return null;
    }

    private static ProblemHttpResult UnknownPartnership(IStringLocalizer<EditorCatalogue> text, string id) =>
        ApiProblems.Problem(StatusCodes.Status404NotFound, text["NotFoundTitle"], text["UnknownPartnership", id]);

    private static ProblemHttpResult UnknownVersion(IStringLocalizer<EditorCatalogue> text, long id) =>
        ApiProblems.Problem(StatusCodes.Status404NotFound, text["NotFoundTitle"], text["UnknownVersion", id]);

    private static string Clip(string s, int max) => s.Length > max ? s[..max] : s;

    private static IResult Page(HttpContext http, IWebHostEnvironment env, string csp)
    {
        var file = env.WebRootFileProvider.GetFileInfo("editor.html");
        if (!file.Exists || file.PhysicalPath is null) return TypedResults.NotFound();
        http.Response.Headers.ContentSecurityPolicy = csp;
        http.Response.Headers["Referrer-Policy"] = "same-origin";
        http.Response.Headers.CacheControl = "no-cache";
        return TypedResults.PhysicalFile(file.PhysicalPath, "text/html; charset=utf-8");
    }
}
