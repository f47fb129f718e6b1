using CoverageMap.Core.Problems;
using CoverageMap.Data.Streets;

namespace CoverageMap.Data.Tests.Streets;

/// <summary>A malformed line of the register's files is named by the file it is in and its line there.</summary>
public sealed class StreetRegisterFileTests
{
    [Fact]
    public void A_bad_line_is_named_by_its_own_file_and_line_also_in_the_RSPO_file_read_after_the_TERYT_file()
    {
        using var dir = new TempDirectory();
        var streets = dir.Write("ulice.txt", "Ulica Dolna/Mokotów/Sielce\n");
        var teryt = dir.Write("teryt-short-to-full-names.csv", "simc,ulic,short,full\n0918123,04419,Dolna,Dolna\n\n");
        var rspo = dir.Write(StreetRegisterFile.RspoTerytFileName, "simc,ulic,short,full\n0918123,04420\n");

        var inRspo = Assert.Throws<InputProblemException>(() => StreetRegisterFile.Load(streets, teryt));
        Assert.Equal(InputFault.Of(InputProblem.TerytCsvFields, StreetRegisterFile.RspoTerytFileName, "2", "2"), inRspo.Fault);

        File.WriteAllText(rspo, "simc,ulic,short,full\n");
        File.WriteAllText(teryt, "simc,ulic,short,full\n0918123;04419;Dolna;Dolna\n");
        var inTeryt = Assert.Throws<InputProblemException>(() => StreetRegisterFile.Load(streets, teryt));
        Assert.Equal(InputFault.Of(InputProblem.TerytCsvFields, "teryt-short-to-full-names.csv", "2", "1"), inTeryt.Fault);

        File.WriteAllText(streets, "Ulica Dolna Mokotów\n");
        var inStreets = Assert.Throws<InputProblemException>(() => StreetRegisterFile.Load(streets));
        Assert.Equal(InputFault.Of(InputProblem.StreetsTxtParts, "ulice.txt", "1", "Ulica Dolna Mokotów"), inStreets.Fault);
    }
}
