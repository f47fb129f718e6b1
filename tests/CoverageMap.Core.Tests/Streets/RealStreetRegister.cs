using CoverageMap.Core.Streets;
using CoverageMap.Data.Streets;

namespace CoverageMap.Core.Tests.Streets;

/// <summary>
/// The real register from <c>shared/geodata/sources/warsaw-streets</c>, loaded once. The register is immutable, so
/// sharing it between tests shares no writable state.
/// </summary>
internal static class RealStreetRegister
{
    private static readonly Lazy<StreetRegister> Register = new(() => StreetRegisterFile.Load(
        SharedData.Path("geodata", "sources", "warsaw-streets", "streets.txt"),
        SharedData.Path("geodata", "sources", "warsaw-streets", "teryt-short-to-full-names.csv")));

    public static StreetRegister Instance => Register.Value;
}
