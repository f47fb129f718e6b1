namespace CoverageMap.Server.Http;

/// <summary>The language of error messages: Polish by default, English when the client prefers it.</summary>
internal enum ApiLanguage
{
    /// <summary>Polish (the default: the map's users are Polish first).</summary>
    Pl,

    /// <summary>English.</summary>
    En,
}
