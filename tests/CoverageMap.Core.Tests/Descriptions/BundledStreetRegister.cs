using CoverageMap.Core.Streets;
using CoverageMap.Data.Streets;

namespace CoverageMap.Core.Tests.Descriptions;

/// <summary>The street register the project ships in <c>geodata/warsaw-streets</c>, loaded once (immutable, so sharing
/// it shares no writable state). Hermetic: no <c>../shared</c>.</summary>
internal static class BundledStreetRegister
{
    private static readonly Lazy<StreetRegister> Register = new(() => StreetRegisterFile.Load(
        SharedData.RepoPath("geodata", "warsaw-streets", "streets.txt"),
        SharedData.RepoPath("geodata", "warsaw-streets", "teryt-short-to-full-names.csv")));

    public static StreetRegister Instance => Register.Value;
}
