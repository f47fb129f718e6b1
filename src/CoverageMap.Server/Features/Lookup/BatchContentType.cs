using System.Diagnostics.CodeAnalysis;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace CoverageMap.Server.Features.Lookup;

/// <summary>
/// The batch body's media type and charset: JSON (always UTF-8, RFC 8259) or CSV in <c>utf-8</c> (the default),
/// <c>windows-1250</c> or <c>iso-8859-2</c>, the encodings Polish spreadsheets save in. Stateless.
/// </summary>
internal static class BatchContentType
{
    /// <summary>The media types read as CSV (besides the JSON ones), as the OpenAPI document lists them.</summary>
    public static readonly string[] CsvMediaTypes = ["text/csv", "application/csv", "text/plain"];

    /// <summary>The charsets a CSV body may declare, as the 415 problem lists them.</summary>
    public static readonly string[] CsvCharsets = ["utf-8", "windows-1250", "iso-8859-2"];

    static BatchContentType() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static BatchContentKind Of(MediaTypeHeaderValue? contentType)
    {
        var media = contentType?.MediaType.Value;
        if (media is null) return BatchContentKind.Unsupported;
        if (media.Equals("application/json", StringComparison.OrdinalIgnoreCase) || (media.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && media.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
            return BatchContentKind.Json;
        return CsvMediaTypes.Any(t => media.Equals(t, StringComparison.OrdinalIgnoreCase)) ? BatchContentKind.Csv : BatchContentKind.Unsupported;
    }

    /// <summary>The declared charset, lower-case and unquoted, or null when none is declared.</summary>
    public static string? Charset(MediaTypeHeaderValue? contentType) =>
        contentType?.Charset.Value is { Length: > 0 } c ? c.Trim('"').ToLowerInvariant() : null;

    /// <summary>
    /// The encoding of a CSV body: null (UTF-8, BOM honoured) when no charset or UTF-8 is declared, the code page for
    /// windows-1250 (cp1250) and iso-8859-2 (latin2); false for any other charset.
    /// </summary>
    public static bool TryEncoding(MediaTypeHeaderValue? contentType, [MaybeNullWhen(false)] out Encoding? encoding)
    {
        encoding = null;
        switch (Charset(contentType))
        {
            case null or "utf-8" or "utf8":
                return true;
            case "windows-1250" or "cp1250" or "x-cp1250":
                encoding = Encoding.GetEncoding(1250);
                return true;
            case "iso-8859-2" or "iso8859-2" or "latin2" or "l2":
                encoding = Encoding.GetEncoding(28592);
                return true;
            default:
                return false;
        }
    }
}
