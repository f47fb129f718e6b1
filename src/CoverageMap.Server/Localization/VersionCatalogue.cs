namespace CoverageMap.Server.Localization;

/// <summary>Marker of the catalogue of dataset versions and exchange formats (<c>Resources/Localization/VersionCatalogue.resx</c>,
/// Polish, and <c>VersionCatalogue.en.resx</c>), read through <c>IStringLocalizer&lt;VersionCatalogue&gt;</c>.</summary>
public sealed class VersionCatalogue;
