using CsCheck;

namespace CoverageMap.Tests.Shared;

/// <summary>
/// Property checks over CsCheck generators with a fixed, printed seed: every run draws the same inputs (a PCG stream
/// seeded by the test, not by the clock), and a failure names the seed, the case number and the input.
/// </summary>
internal static class SeededProperty
{
    /// <summary>Checks <paramref name="check"/> on <paramref name="count"/> inputs drawn from <paramref name="gen"/>.</summary>
    public static void ForAll<T>(Gen<T> gen, ulong seed, int count, Action<T> check, Action<string>? log = null) =>
        ForAllAsync(gen, seed, count, v => { check(v); return Task.CompletedTask; }, log).GetAwaiter().GetResult();

    /// <summary>Checks <paramref name="check"/> on <paramref name="count"/> inputs drawn from <paramref name="gen"/>, one at a time.</summary>
    public static async Task ForAllAsync<T>(Gen<T> gen, ulong seed, int count, Func<T, Task> check, Action<string>? log = null)
    {
        log?.Invoke($"seed {seed}, {count} cases");
        var pcg = new PCG(1, seed);
        for (int i = 0; i < count; i++)
        {
            var value = gen.Generate(pcg, null, out _);
            try
            {
                await check(value);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"Property failed (seed {seed}, case {i}) for input {Check.Print(value)}: {e.Message}");
            }
        }
    }
}
