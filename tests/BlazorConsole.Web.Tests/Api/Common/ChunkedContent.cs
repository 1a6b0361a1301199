namespace BlazorConsole.Web.Tests.Api.Common;

/// <summary>A body without Content-Length (sent chunked), so the server cannot refuse it before reading.</summary>
internal sealed class ChunkedContent(byte[] bytes) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

    protected override bool TryComputeLength(out long length)
    {
        length = -1;
        return false;
    }
}
