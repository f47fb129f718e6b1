using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace CoverageMap.Data.Tests.Store;

/// <summary>Compares records by their JSON form (records holding lists compare lists by reference otherwise).</summary>
internal sealed class JsonEquality<T> : IEqualityComparer<T>
{
    public bool Equals(T? x, T? y) => JsonSerializer.Serialize(x) == JsonSerializer.Serialize(y);

    public int GetHashCode([DisallowNull] T obj) => JsonSerializer.Serialize(obj).GetHashCode(StringComparison.Ordinal);
}
