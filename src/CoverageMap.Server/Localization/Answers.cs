namespace CoverageMap.Server.Localization;

/// <summary>Marker of the answers' localized catalogue (<c>Resources/Localization/Answers.resx</c>, Polish, and
/// <c>Answers.en.resx</c>), read through <c>IStringLocalizer&lt;Answers&gt;</c>.</summary>
public sealed class Answers;
