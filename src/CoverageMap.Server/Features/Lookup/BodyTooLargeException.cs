namespace CoverageMap.Server.Features.Lookup;

/// <summary>Thrown by <see cref="LimitedReadStream"/> when the body exceeds its limit.</summary>
internal sealed class BodyTooLargeException() : IOException("The request body exceeds the configured limit.");
