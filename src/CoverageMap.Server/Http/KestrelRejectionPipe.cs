using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;

namespace CoverageMap.Server.Http;

/// <summary>
/// A connection's transport with <see cref="KestrelRejectionWriter"/> on its output: the HTTP/1.1 responses Kestrel
/// writes itself for requests it cannot parse get a problem body. Installed for every endpoint by
/// <see cref="Use"/>; one per connection, used by that connection only.
/// </summary>
internal sealed class KestrelRejectionPipe(IDuplexPipe inner, KestrelRejections rejections) : IDuplexPipe
{
    public PipeReader Input => inner.Input;

    public PipeWriter Output { get; } = new KestrelRejectionWriter(inner.Output, rejections);

    /// <summary>Adds the rewriting to an endpoint's connection pipeline (under TLS and HTTP/2 it sees no match and only passes bytes on).</summary>
    public static void Use(Microsoft.AspNetCore.Server.Kestrel.Core.ListenOptions listen, KestrelRejections rejections) =>
        listen.Use(next => connection =>
        {
            connection.Transport = new KestrelRejectionPipe(connection.Transport, rejections);
            return next(connection);
        });
}
