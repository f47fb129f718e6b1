using System.Text.Json.Nodes;
using CoverageMap.Server.Features.Lists;
using CoverageMap.Server.Features.Lookup;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace CoverageMap.Server.Http;

/// <summary>OpenAPI document at <c>/openapi/v1.json</c> and the Scalar UI at <c>/docs</c>.</summary>
internal static class ApiDocsExtensions
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services) => services.AddOpenApi(o =>
    {
        // Every enum is written as a camelCase string (ApiJson.Enums): say the type too, not only the values.
        o.AddSchemaTransformer((schema, _, _) =>
        {
            if (schema.Enum is { Count: > 0 } values && schema.Type is null && values.All(v => v is JsonValue j && j.TryGetValue<string>(out _)))
                schema.Type = JsonSchemaType.String;
            return Task.CompletedTask;
        });
        // GET /api/lookup answers a point or an address, in the one contract: both shapes are its 200.
        o.AddOperationTransformer(async (operation, context, ct) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName != "Lookup") return;
            if (operation.Responses?.TryGetValue("200", out var ok) != true || ok!.Content?.TryGetValue("application/json", out var json) != true) return;
            var point = await context.GetOrCreateSchemaAsync(typeof(LookupResponse), null, ct);
            var address = await context.GetOrCreateSchemaAsync(typeof(AddressLookupResponse), null, ct);
            context.Document?.AddComponent(nameof(LookupResponse), point);
            context.Document?.AddComponent(nameof(AddressLookupResponse), address);
            json!.Schema = new OpenApiSchema
            {
                Description = "A point answer (lat/lon or x/y/srid given) or an address answer (address given).",
                OneOf = [new OpenApiSchemaReference(nameof(LookupResponse), context.Document), new OpenApiSchemaReference(nameof(AddressLookupResponse), context.Document)],
            };
        });
        // POST /api/lists/check answers its 200 in four media types, chosen by format= and Accept (several Produces of one
        // status leave the 200 without content): say each one's shape.
        o.AddOperationTransformer(async (operation, context, ct) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<IEndpointNameMetadata>().FirstOrDefault()?.EndpointName != "CheckList") return;
            if (operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response) return;
            var summary = await context.GetOrCreateSchemaAsync(typeof(ListCheckResponse), null, ct);
            var line = await context.GetOrCreateSchemaAsync(typeof(ListCheckLine), null, ct);
            // A line carries one of the two, by its type; the other is left out.
            line.Required?.Remove("progress");
            line.Required?.Remove("result");
            context.Document?.AddComponent(nameof(ListCheckResponse), summary);
            context.Document?.AddComponent(nameof(ListCheckLine), line);
            var file = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            response.Description = "format=json: the summary; with Accept: application/x-ndjson, NDJSON lines (progress, then the summary); " +
                "format=csv or xlsx: the whole list with the added columns.";
            response.Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/json"] = new() { Schema = new OpenApiSchemaReference(nameof(ListCheckResponse), context.Document) },
                [ListProgressStream.MediaType] = new() { Schema = new OpenApiSchemaReference(nameof(ListCheckLine), context.Document) },
                ["text/csv"] = new() { Schema = file },
                ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = new() { Schema = file },
            };
        });
        o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "CoverageMap API";
            document.Info.Description =
                "Which Warsaw local partnership (partnerstwo lokalne) covers a point. " +
                "Coordinates: lat/lon in WGS 84 (EPSG:4326), or x/y with srid 2180 (PUWG 1992) or 2178 (CS2000 zone 7). " +
                "In this API x is ALWAYS the easting and y the northing, although EPSG lists 2180/2178 northing first. " +
                "Boundary rule: a point exactly on a border is covered by every area whose border it lies on; each such area " +
                "is returned with relation onBorder. Every answer (point, address, batch row, street) names areas in one shape " +
                "({partnershipId, name, relation: inside|onBorder|alongBorder, lengths for streets}) and says its status, basis " +
                "and certainty; enums are camelCase strings. Answer sentences and errors (RFC 9457 problem details) are in Polish " +
                "(default) or English (Accept-Language: en). Decimal commas (52,23) are accepted.";
            return Task.CompletedTask;
        });
    });

    public static WebApplication MapApiDocs(this WebApplication app)
    {
        // Only the one document: the framework's "/openapi/{documentName}.json" answers unknown names with a text/plain 404.
        app.MapOpenApi("/openapi/v1.json");
        app.MapScalarApiReference("/docs", o => o.WithTitle("CoverageMap API").DisableDefaultFonts());   // no font CDN: the CSP allows this server only
        return app;
    }
}
