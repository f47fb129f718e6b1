using CoverageMap.Server.Features.Lookup;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CoverageMap.Server.Features.Versions;

/// <summary>The version a request asked for (<c>?version=</c>, <c>?date=</c>, or neither: the active one): its answers,
/// or the 400 or 404 problem that says why there are none. Exactly one member is set. Immutable.</summary>
internal sealed record VersionChoice(SnapshotAnswers? Answers, ValidationProblem? Invalid, ProblemHttpResult? Missing);
