using CoverageMap.Core.Lookup;
using CoverageMap.Server.Features.Lists;
using CoverageMap.Server.Features.Lookup;
using MiniExcelLibs;

namespace CoverageMap.Server.Tests.Features.Lists;

/// <summary>
/// The lists engine over <see cref="SquareDataset"/> (p-1 | p-2 | p-3 along 52.20–52.21 N) and the small register of
/// <see cref="BatchAddressTests"/>: Słowackiego with an address point (no. 10, in p-2), Graniczna on the p-1 | p-2
/// border, Marszałkowska in Śródmieście (no partnership there). Fresh objects for every call: tests share nothing.
/// </summary>
internal static class ListFixtures
{
    public static readonly System.Text.Encoding Windows1250 = ListFileReader.Windows1250;

    /// <summary>The answers of <see cref="BatchAddressTests.Data"/> over the squares.</summary>
    public static SnapshotAnswers Facts() => new AddressResolverProvider(BatchAddressTests.Data()).Get(new ActiveDataset(SquareDataset.Create()));

    public static ListCheck Engine() => new(Server.Localization.AnswerText.Standalone());

    public static ListOptions Limits(int rows = 100_000, long bytes = 20L * 1024 * 1024) => new() { MaxRows = rows, MaxBytes = bytes };

    /// <summary>A workbook of one sheet whose first row is <paramref name="rows"/>[0].</summary>
    public static byte[] Xlsx(params string[][] rows)
    {
        var keys = Enumerable.Range(0, rows.Max(r => r.Length)).Select(i => "c" + i).ToArray();
        var sheet = rows.Select(r => keys.Select((k, i) => (k, v: i < r.Length ? (object?)r[i] : null)).ToDictionary(t => t.k, t => t.v)).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, printHeader: false, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>The rows of a workbook's first sheet as text.</summary>
    public static List<string[]> ReadXlsx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX)
            .Select(r => ((IDictionary<string, object?>)r).Values.Select(v => v?.ToString() ?? "").ToArray()).ToList();
    }
}
