namespace CoverageMap.Server.Features.Lookup;

/// <summary>What a batch body is, by its Content-Type.</summary>
internal enum BatchContentKind
{
    /// <summary>Neither JSON nor CSV: a 415.</summary>
    Unsupported,

    /// <summary><c>application/json</c> or <c>application/*+json</c>.</summary>
    Json,

    /// <summary><c>text/csv</c>, <c>application/csv</c> or <c>text/plain</c>.</summary>
    Csv,
}
