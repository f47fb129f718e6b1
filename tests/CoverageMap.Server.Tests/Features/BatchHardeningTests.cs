using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoverageMap.Server.Tests.Infrastructure;

namespace CoverageMap.Server.Tests.Features;

/// <summary>Regression tests of the batch input defects of the "Hardening" issue (items 2, 5 and 8).</summary>
public class BatchHardeningTests
{
    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.MediaType());
        var json = await response.Json();
        Assert.False(string.IsNullOrEmpty(json.GetProperty("type").GetString()));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(json.GetProperty("detail").GetString()));
        return json;
    }

    // Defect (item 2): invalid UTF-8 or a lone surrogate in a JSON batch was a 500 (GetString threw InvalidOperationException).
    [Theory]
    [InlineData("[{\"address\":\"\xc3\x28\"}]", 1)]
    [InlineData("[{\"lat\":52.2,\"lon\":21.0},{\"address\":\"\\ud800\"}]", 2)]
    [InlineData("[{\"\xc3\x28\":1}]", 1)]
    [InlineData("[{\"\\udc00x\":1}]", 1)]
    [InlineData("[{\"id\":\"\\ud800\",\"lat\":52.2,\"lon\":21.0}]", 1)]
    [InlineData("[{\"street\":\"\xff\xfe\",\"number\":\"1\"}]", 1)]
    [InlineData("[{\"address\":\"Słowackiego 1\",\"district\":\"\\udbff\"}]", 1)]
    public async Task Invalid_utf8_or_a_lone_surrogate_in_a_json_batch_is_a_400_naming_the_row_not_a_500(string latin1Body, int row)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var body = Encoding.Latin1.GetBytes(latin1Body);   // each char is one byte: \xc3\x28 stays those two bytes
        var response = await factory.Client("en").PostAsync("/api/lookup/batch", TestHttp.Bytes(body, "application/json"));
        var json = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(row, json.GetProperty("row").GetInt32());
        Assert.Contains($"Row {row}", json.GetProperty("detail").GetString());
        Assert.Contains("not valid", json.GetProperty("detail").GetString());
    }

    // Defect (item 8): a 30 MB JSON field was accepted and held whole (≈ 230 MB); now refused, naming the row, without buffering it.
    [Fact]
    public async Task A_json_field_over_the_field_limit_is_a_400_naming_the_row_and_a_huge_one_is_not_buffered()
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var client = factory.Client("en");
        var justOver = $"[{{\"lat\":52.2,\"lon\":21.0}},{{\"address\":\"{new string('a', 1001)}\"}}]";
        var json = await Problem(await client.PostAsync("/api/lookup/batch", TestHttp.JsonBody(justOver)), HttpStatusCode.BadRequest);
        Assert.Equal(2, json.GetProperty("row").GetInt32());
        Assert.Contains("'address' is longer than 1000 characters", json.GetProperty("detail").GetString());

        var ok = $"[{{\"address\":\"{new string('a', 1000)}\"}}]";
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/lookup/batch", TestHttp.JsonBody(ok))).StatusCode);

        var huge = "[{\"id\":1,\"address\":\"" + new string('x', 3_000_000) + "\"}]";
        json = await Problem(await client.PostAsync("/api/lookup/batch", TestHttp.JsonBody(huge)), HttpStatusCode.BadRequest);
        Assert.Equal(1, json.GetProperty("row").GetInt32());
        Assert.Contains("longer than 1000 characters", json.GetProperty("detail").GetString());
    }

    // Defect (item 8): the reader grew its buffer to hold a whole 30 MB token; now it stops after at most its 64 KiB buffer.
    [Fact]
    public async Task The_json_reader_refuses_a_30_MB_field_after_reading_little_of_it()
    {
        var body = new EndlessFieldStream("[{\"id\":1,\"address\":\""u8.ToArray(), 30_000_000);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = await Assert.ThrowsAsync<CoverageMap.Server.Features.Lookup.BatchInputException>(() =>
            CoverageMap.Server.Features.Lookup.BatchJsonReader.ReadAsync(body, 100, CoverageMap.Server.Http.ApiLanguage.En, CancellationToken.None));
        Assert.Equal(400, e.Status);
        Assert.Equal(1, e.Row);
        Assert.True(body.Position < 256 * 1024, $"read {body.Position:N0} bytes of a 30 MB field");
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 4_000_000);
    }

    /// <summary>A prefix, then <c>x</c> bytes up to a length, produced on demand (never held).</summary>
    private sealed class EndlessFieldStream(byte[] prefix, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = (int)Math.Min(count, length - _position);
            for (int i = 0; i < n; i++) buffer[offset + i] = _position + i < prefix.Length ? prefix[_position + i] : (byte)'x';
            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    // Defect (item 8): a CSV field of 100,000+ characters was reported as "unterminated quote".
    [Theory]
    [InlineData(1001)]
    [InlineData(100_000)]
    [InlineData(2_000_000)]
    public async Task A_csv_field_over_the_field_limit_is_a_400_saying_the_field_is_too_long(int length)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var csv = "id;adres\n1;Słowackiego 1\n2;" + new string('a', length) + "\n";
        var json = await Problem(await factory.Client("en").PostAsync("/api/lookup/batch", TestHttp.Csv(csv)), HttpStatusCode.BadRequest);
        var detail = json.GetProperty("detail").GetString()!;
        Assert.Contains("longer than 1000 characters", detail);
        Assert.DoesNotContain("quote", detail);
        Assert.Equal(2, json.GetProperty("row").GetInt32());
    }

    // Defect (item 5): application/csv was refused with a bare 415 although the handler reads CSV.
    [Theory]
    [InlineData("application/csv")]
    [InlineData("text/csv")]
    [InlineData("text/plain")]
    [InlineData("text/csv; charset=utf-8")]
    public async Task Csv_is_read_under_every_csv_media_type(string contentType)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var response = await factory.Client().PostAsync("/api/lookup/batch", TestHttp.Bytes("lat;lon\n52,205;21,005\n"u8.ToArray(), contentType));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(";p-1;", await response.Content.ReadAsStringAsync());
    }

    // Defect (item 5): a declared charset=windows-1250 was ignored and the body decoded as UTF-8.
    [Theory]
    [InlineData("windows-1250", 1250)]
    [InlineData("iso-8859-2", 28592)]
    [InlineData("\"Windows-1250\"", 1250)]
    public async Task A_declared_csv_charset_is_honoured(string charset, int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var body = Encoding.GetEncoding(codePage).GetBytes("id;lat;lon\nŻółć-ąęś;52,205;21,005\n");
        var response = await factory.Client().PostAsync("/api/lookup/batch", TestHttp.Bytes(body, $"text/csv; charset={charset}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Żółć-ąęś;", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("text/csv; charset=koi8-r", "utf-8, windows-1250, iso-8859-2")]
    [InlineData("application/json; charset=windows-1250", "utf-8")]
    public async Task An_unknown_charset_is_a_415_problem_saying_which_are_supported(string contentType, string supported)
    {
        using var factory = new CoverageMapFactory(SquareDataset.Create());
        var response = await factory.Client("en").PostAsync("/api/lookup/batch", TestHttp.Bytes("lat;lon\n52,205;21,005\n"u8.ToArray(), contentType));
        var json = await Problem(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("Supported: " + supported, json.GetProperty("detail").GetString());
    }
}
