using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CoverageMap.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoverageMap.Server.Tests.Features;

/// <summary>
/// "Hardening" item 9. Defect: a client that disconnects mid-body was logged as an unhandled failure with a stack
/// trace; now it is one line at Information.
/// </summary>
public class DisconnectLoggingTests
{
    private sealed class Capture : ILoggerProvider
    {
        public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();

        public TaskCompletionSource Logged { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose() { }

        private sealed class Logger(Capture owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var message = formatter(state, exception);
                owner.Entries.Enqueue((logLevel, category, message, exception));
                if (message.Contains("Batch body not completed", StringComparison.Ordinal) || logLevel >= LogLevel.Error) owner.Logged.TrySetResult();
            }
        }
    }

    [Fact]
    public async Task A_client_that_disconnects_mid_body_is_one_information_line_without_a_stack_trace()
    {
        var capture = new Capture();
        using var factory = new CoverageMapFactory(SquareDataset.Create(), null, s => s.AddSingleton<ILoggerProvider>(capture));
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var port = factory.CreateClient().BaseAddress!.Port;

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(IPAddress.Loopback, port);
            var stream = tcp.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /api/lookup/batch HTTP/1.1\r\nHost: x\r\nContent-Type: text/csv\r\nContent-Length: 100000\r\n\r\nlat;lon\n52,205;21,005\n"));
            await stream.FlushAsync();
            await Task.Yield();
        }   // closed with 99,9xx bytes still owed

        await capture.Logged.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(capture.Entries, e => e.Level >= LogLevel.Error);
        var line = Assert.Single(capture.Entries, e => e.Message.Contains("Batch body not completed", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Null(line.Exception);
    }
}
