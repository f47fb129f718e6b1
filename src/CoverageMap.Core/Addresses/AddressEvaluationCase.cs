namespace CoverageMap.Core.Addresses;

/// <summary>One address of a leave-one-out evaluation: the text as its source wrote it and where it really is. Immutable.</summary>
/// <param name="Text">The address text (<c>ul. Przasnyska 6a</c>).</param>
/// <param name="Latitude">Its true latitude.</param>
/// <param name="Longitude">Its true longitude.</param>
public sealed record AddressEvaluationCase(string Text, double Latitude, double Longitude);
