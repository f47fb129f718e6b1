using System.Buffers;
using System.IO.Pipelines;

namespace CoverageMap.Server.Http;

/// <summary>
/// Passes a connection's output through unchanged, except a response Kestrel wrote itself for a request it rejected
/// before any middleware ran (see <see cref="KestrelRejections.TryRewrite"/>): that one is replaced, in the same
/// <see cref="Advance"/>, by the same status with a problem+json body. Every other write costs one comparison of
/// its first bytes. Not thread-safe, like the writer it wraps (Kestrel writes a connection's output from one place at a time).
/// </summary>
internal sealed class KestrelRejectionWriter(PipeWriter inner, KestrelRejections rejections) : PipeWriter
{
    private Memory<byte> _handedOut;

    public override Memory<byte> GetMemory(int sizeHint = 0) => _handedOut = inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => (_handedOut = inner.GetMemory(sizeHint)).Span;

    public override void Advance(int bytes)
    {
        var written = bytes <= _handedOut.Length ? _handedOut.Span[..bytes] : default;
        _handedOut = default;
        if (rejections.TryRewrite(written, out var replacement))
        {
            // Nothing of the original was committed: the replacement is written in its place.
            inner.Write(replacement);
            return;
        }
        inner.Advance(bytes);
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes;
}
