using System.Text.Json;
using CoverageMap.Core.Addresses;
using CoverageMap.Core.Lookup;
using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>The address form of <c>GET /api/lookup?address=…</c>: parse, resolve, map to the DTO.</summary>
internal static class AddressLookup
{
    public static IServiceCollection AddAddressLookup(this IServiceCollection services)
    {
        services.AddSingleton(sp => sp.GetService<AddressLookupData>() is { } d ? new AddressResolverProvider(d)
            : new AddressResolverProvider(AddressLookupData.Load(
                sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>(),
                sp.GetRequiredService<Datasets.GeodataLocation>(), sp.GetRequiredService<Datasets.StoreDatabase>(),
                sp.GetRequiredService<ILoggerFactory>().CreateLogger("CoverageMap.Addresses"))));
        services.AddHostedService<AddressLookupWarmup>();
        return services;
    }

    public static Results<Ok<AddressLookupResponse>, ProblemHttpResult> Handle(string address, string? district, ActiveDatasetHolder holder, AddressResolverProvider provider, HttpContext context)
    {
        var lang = ApiLanguageNegotiation.For(context.Request);
        var snapshot = holder.Current;
        var r = provider.For(snapshot).Resolve(address, string.IsNullOrWhiteSpace(district) ? null : district.Trim());
        if (r.Status == AddressResolutionStatus.Unparseable)
            return ApiProblems.Problem(StatusCodes.Status400BadRequest,
                lang == ApiLanguage.Pl ? "Nieprawidłowy adres" : "Invalid address",
                lang == ApiLanguage.Pl ? $"Nie rozpoznano adresu „{address}”: podaj ulicę i numer domu, np. „Słowackiego 12A”." : r.Message,
                new Dictionary<string, object?> { ["field"] = "address" });
        return TypedResults.Ok(ToResponse(address, r, snapshot));
    }

    public static AddressLookupResponse ToResponse(string address, AddressResolution r, ActiveDataset snapshot)
    {
        var names = snapshot.Dataset.Partnerships.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        return new AddressLookupResponse(
            address,
            JsonNamingPolicy.CamelCase.ConvertName(r.Status.ToString()),
            r.Basis,
            r.Street,
            r.StreetId,
            r.HouseNumber,
            r.Partnerships.Select(p => new AddressPartnershipDto(p.PartnershipId, names.GetValueOrDefault(p.PartnershipId, p.PartnershipId), p.OnBoundary, p.LengthInsideMetres, p.LengthOnBorderMetres)).ToList(),
            r.BorderStreet,
            r.Alternatives.Select(a => new StreetAlternativeDto(a.StreetId, a.Name, a.Districts)).ToList(),
            r.Latitude is { } lat && r.Longitude is { } lon ? new LatLonDto(lat, lon) : null,
            r.RuleIds,
            r.Message,
            snapshot.Dataset.Version);
    }
}
