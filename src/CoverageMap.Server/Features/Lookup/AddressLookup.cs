using System.Text.Json;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;
using CoverageMap.Server.Http;
using CoverageMap.Server.Localization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>The address form of <c>GET /api/lookup?address=…</c>: parse, resolve, map to the DTO.</summary>
internal static class AddressLookup
{
    public static IServiceCollection AddAddressLookup(this IServiceCollection services)
    {
        // Tests may register the address data; otherwise the warm-up loads it from the geodata folder and the store
        // before the server listens.
        services.AddSingleton(sp => new AddressResolverProvider(sp.GetService<AddressLookupData>() ?? AddressLookupData.Empty,
            loaded: sp.GetService<AddressLookupData>() is not null,
            releaseMemory: sp.GetRequiredService<IConfiguration>().GetValue("CoverageMap:ReleaseMemoryAfterLoad", true)));
        services.AddAnswerLocalization();
        services.AddSingleton<AnswerMapper>();
        services.AddHostedService<AddressLookupWarmup>();
        return services;
    }

    public static Results<Ok<AddressLookupResponse>, ProblemHttpResult> Handle(string address, string? district, SnapshotAnswers facts,
        AnswerMapper mapper, HttpContext context)
    {
        var lang = ApiLanguageNegotiation.For(context.Request);
        var r = facts.Resolver.Resolve(address, string.IsNullOrWhiteSpace(district) ? null : district.Trim());
        var answer = mapper.Address(address, r, facts);
        return r.Status switch
        {
            AddressResolutionStatus.Unparseable => ApiProblems.Problem(StatusCodes.Status400BadRequest,
                ApiText.InvalidAddressTitle(lang), answer.Message,
                new Dictionary<string, object?> { ["field"] = "address" }),
            AddressResolutionStatus.StreetNotFound => ApiProblems.Problem(StatusCodes.Status404NotFound,
                ApiText.NotFoundTitle(lang), answer.Message,
                new Dictionary<string, object?> { ["field"] = "address", ["suggestions"] = answer.Alternatives }),
            _ => TypedResults.Ok(answer),
        };
    }
}
