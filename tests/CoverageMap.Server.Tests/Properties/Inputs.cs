using System.Text;
using CsCheck;

namespace CoverageMap.Server.Tests.Properties;

/// <summary>Generators of hostile inputs: strings, raw bytes (invalid UTF-8 included), numbers, JSON and CSV bodies.</summary>
internal static class Inputs
{
    /// <summary>Text: arbitrary UTF-16, numbers in every spelling, address-like text, and long runs.</summary>
    public static readonly Gen<string> Text = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char, 0, 300],
        Gen.String[Gen.Char["0123456789.,-+eE"], 0, 30],
        Gen.OneOf(Gen.Const("NaN"), Gen.Const("-Infinity"), Gen.Const("1e309"), Gen.Const("52,23"), Gen.Const("0x10"), Gen.Const(""), Gen.Const(" "), Gen.Const("2180"), Gen.Const("4326")),
        Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.String[Gen.Char["ul. Słowackiego Żoliborz 0123456789/-ABab ,"], 0, 60],
        Gen.String[Gen.Char["a1/ %"], 500, 3000]);

    /// <summary>A query value as percent-encoded bytes: UTF-8 of <see cref="Text"/> or raw bytes (invalid UTF-8).</summary>
    public static readonly Gen<string> QueryValue = Gen.OneOf(
        Text.Select(t => Encode(Encoding.UTF8.GetBytes(t))),
        Gen.Byte.Array[0, 40].Select(Encode));

    /// <summary>A JSON batch body: rows with hostile values and names, broken structure, or raw bytes.</summary>
    public static readonly Gen<byte[]> JsonBody = Gen.OneOf(
        Gen.Select(Gen.OneOf(Gen.Const("lat"), Gen.Const("lon"), Gen.Const("x"), Gen.Const("y"), Gen.Const("srid"), Gen.Const("address"),
                Gen.Const("street"), Gen.Const("number"), Gen.Const("district"), Gen.Const("id"), Text).Array[0, 6],
            Gen.OneOf(Text.Select(Quote), Gen.Double.Select(d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)),
                Gen.Const("null"), Gen.Const("true"), Gen.Const("{}"), Gen.Const("[1,[2]]"), Gen.Const("\"\\ud800\""), Gen.Const("\"\\udc00\\ud800\"")).Array[6],
            Gen.Int[1, 4])
            .Select((names, values, rows) => Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat(
                "{" + string.Join(",", names.Select((n, i) => Quote(n) + ":" + values[i])) + "}", rows)) + "]")),
        Gen.String[Gen.Char["[]{}\":,0123456789.-eE\\u tnrfalse "], 0, 200].Select(s => Encoding.UTF8.GetBytes(s)),
        Gen.Byte.Array[0, 200]);

    /// <summary>A CSV batch body: a header of known and unknown columns, hostile fields, stray quotes, raw bytes.</summary>
    public static readonly Gen<byte[]> CsvBody = Gen.OneOf(
        Gen.Select(Gen.OneOf(Gen.Const("lat"), Gen.Const("lon"), Gen.Const("szerokosc"), Gen.Const("x"), Gen.Const("y"), Gen.Const("srid"),
                Gen.Const("adres"), Gen.Const("ulica"), Gen.Const("numer"), Gen.Const("dzielnica"), Gen.Const("id"), Text).Array[1, 6],
            Text.Array[0, 24], Gen.OneOf(Gen.Const(';'), Gen.Const(','), Gen.Const('\t'), Gen.Const('|')), Gen.Int[0, 4])
            .Select((header, fields, sep, rows) =>
            {
                var sb = new StringBuilder(string.Join(sep, header)).Append('\n');
                for (int r = 0; r < rows; r++) sb.Append(string.Join(sep, fields.Skip(r * header.Length).Take(header.Length))).Append('\n');
                return Encoding.UTF8.GetBytes(sb.ToString());
            }),
        Gen.String[Gen.Char["lat;lon,\"\n\r52,21.0 adres"], 0, 300].Select(s => Encoding.UTF8.GetBytes(s)),
        Gen.Byte.Array[0, 300]);

    public static string Encode(byte[] bytes)
    {
        var sb = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
            sb.Append(b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' ? ((char)b).ToString() : "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        return sb.ToString();
    }

    private static string Quote(string s) => System.Text.Json.JsonSerializer.Serialize(s);
}
