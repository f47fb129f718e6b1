namespace CoverageMap.Server.Localization;

/// <summary>Marker of the editor's localized catalogue (<c>Resources/Localization/EditorCatalogue.resx</c>, Polish, and
/// <c>EditorCatalogue.en.resx</c>), read through <c>IStringLocalizer&lt;EditorCatalogue&gt;</c>.</summary>
public sealed class EditorCatalogue;
