namespace CoverageMap.Server.Features.Lists;

/// <summary>The character encoding a CSV list was read in (and its result is written in).</summary>
internal enum ListTextEncoding
{
    /// <summary>UTF-8 without a byte order mark (the result gets one, so Excel reads it right).</summary>
    Utf8,

    /// <summary>UTF-8 with a byte order mark (Excel's "CSV UTF-8").</summary>
    Utf8Bom,

    /// <summary>Windows-1250 (Central European), what Excel in Polish Windows saves as plain "CSV".</summary>
    Windows1250,

    /// <summary>UTF-16 little-endian with a byte order mark (Excel's "Unicode text").</summary>
    Utf16,

    /// <summary>ISO-8859-2 (Latin-2), what older Polish programs and some Linux/Mac tools save; detected or declared.</summary>
    Iso88592,
}
