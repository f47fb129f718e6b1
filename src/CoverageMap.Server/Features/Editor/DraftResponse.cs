namespace CoverageMap.Server.Features.Editor;

/// <summary>The draft saved (or the identical version that already existed) and the version it was based on.</summary>
internal sealed record DraftResponse(long VersionId, bool AlreadyExisted, long? BasedOnVersion, BuildResponse Build);
