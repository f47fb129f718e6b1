using System.Globalization;
using CoverageMap.Server.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace CoverageMap.Server.Localization;

/// <summary>
/// ASP.NET Core localization for every sentence a client sees: the catalogue in <c>Resources/Localization</c>, Polish by
/// default, English when the client prefers it (<c>Accept-Language</c>, read by <see cref="ApiLanguageNegotiation"/> so
/// problems and answers always agree).
/// </summary>
internal static class LocalizationExtensions
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static IServiceCollection AddAnswerLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Polish);
            o.SupportedCultures = o.SupportedUICultures = [Polish, English];
            o.RequestCultureProviders = [new CustomRequestCultureProvider(context =>
                Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(
                    ApiLanguageNegotiation.For(context.Request) == ApiLanguage.En ? "en-GB" : "pl-PL")))];
        });
        services.AddSingleton<AnswerText>();
        return services;
    }

    /// <summary>A catalogue outside a web host (the CLI, tests): the resources the server reads, in the current UI culture.</summary>
    public static IStringLocalizer<T> Standalone<T>() => new StringLocalizer<T>(new ResourceManagerStringLocalizerFactory(
        Microsoft.Extensions.Options.Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance));

    public static WebApplication UseAnswerLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        return app;
    }
}
