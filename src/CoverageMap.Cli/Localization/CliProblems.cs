using System.Globalization;
using System.Text.Json;
using CoverageMap.Cli.Commands;
using CoverageMap.Core.Problems;
using CoverageMap.Server.Localization;

namespace CoverageMap.Cli.Localization;

/// <summary>
/// Bad input a person can fix, said in their language: the catalogue's sentences for an <see cref="InputProblemException"/>
/// (from the one catalogue of input problems the server's /healthz uses too), and for what .NET itself throws on a
/// missing file or folder, a file that may not be read, a store file that is not SQLite or JSON that is not JSON.
/// Stateless.
/// </summary>
internal static class CliProblems
{
    /// <summary>The exceptions <see cref="Lines"/> can word: bad input, never a bug.</summary>
    public static bool IsBadInput(Exception e) => e is CliInputException or InputProblemException or InvalidDataException or JsonException
        or FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException
        or Npgsql.NpgsqlException;

    /// <summary>The lines that say what is wrong: the first line says it; more lines, when there are more faults, list them.</summary>
    public static IReadOnlyList<string> Lines(CliText t, Exception e) => e switch
    {
        InputProblemException p => InputProblemText.Lines(t.Language, p),
        CliInputException c => [c.Message],
        FileNotFoundException f => [t["NoSuchFile", f.FileName ?? "?"]],
        DirectoryNotFoundException => [t["NoSuchFolder"]],
        UnauthorizedAccessException => [t["NotAllowedToRead"]],
        Microsoft.Data.Sqlite.SqliteException s => [t["StoreUnusable", s.SqliteErrorCode]],
        // Refused, unreachable, a wrong password or database: the server's SQLSTATE when it answered (28P01, 3D000 …).
        Npgsql.PostgresException p => [t["PostgresRefused", p.SqlState]],
        Npgsql.NpgsqlException => [t["PostgresUnreachable"]],
        JsonException j => [InputProblemText.Text(t.Language, InputFault.Of(InputProblem.RegistryNotJson,
            ((j.LineNumber ?? 0) + 1).ToString(CultureInfo.InvariantCulture), ((j.BytePositionInLine ?? 0) + 1).ToString(CultureInfo.InvariantCulture)))],
        _ => [t["UnreadableInput"]],
    };

    /// <summary>The lines as one text for stderr: <c>coveragemap: </c> before the first, <c>  - </c> before the others.</summary>
    public static string Text(CliText t, Exception e)
    {
        var lines = Lines(t, e);
        return "coveragemap: " + string.Join(Environment.NewLine + "  - ", lines.Select(l => l.ReplaceLineEndings(" ")));
    }
}
