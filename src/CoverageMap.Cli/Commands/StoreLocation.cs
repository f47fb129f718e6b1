using System.CommandLine;

namespace CoverageMap.Cli.Commands;

/// <summary>Which store a command uses: the SQLite file at <paramref name="Path"/>, or PostgreSQL when <paramref name="Postgres"/> is given. Immutable.</summary>
/// <param name="Path">The SQLite file (<c>--db</c>), absolute.</param>
/// <param name="Postgres">The Npgsql connection string (<c>--postgres</c>), or null.</param>
internal sealed record StoreLocation(string Path, string? Postgres)
{
    /// <summary>
    /// The store the command line names with <paramref name="db"/> and <paramref name="postgres"/>; without
    /// <c>--postgres</c>, the server's setting <see cref="CommonOptions.PostgresVariable"/> when it is set.
    /// </summary>
    public static StoreLocation From(ParseResult parse, Option<FileInfo> db, Option<string?> postgres) =>
        new(parse.GetValue(db)!.FullName, parse.GetValue(postgres)
            ?? (Environment.GetEnvironmentVariable(CommonOptions.PostgresVariable) is { Length: > 0 } cs ? cs : null));
}
