namespace CoverageMap.Server.Features.Lists;

/// <summary>What a list file is: text with separators, or an Excel workbook.</summary>
internal enum ListFileFormat
{
    /// <summary>Comma- or semicolon-separated text.</summary>
    Csv,

    /// <summary>An Office Open XML workbook (Excel 2007 and later); its first sheet is read.</summary>
    Xlsx,
}
