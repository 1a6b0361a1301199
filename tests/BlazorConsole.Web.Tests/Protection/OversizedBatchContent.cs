using System.Net;
using System.Text;

namespace BlazorConsole.Web.Tests.Protection;

/// <summary>
/// A chunked (no Content-Length) batch of valid periods that stops being generated as soon as it has
/// passed <paramref name="limit"/> bytes, from one reused 64 KiB buffer: nothing of 64 MiB is allocated.
/// </summary>
internal sealed class OversizedBatchContent(long limit) : HttpContent
{
    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var head = Encoding.UTF8.GetBytes("<protectionPeriods svmId=\"svm\">");
        await stream.WriteAsync(head);
        var chunk = BuildChunk();
        long written = head.Length;
        try
        {
            while (written <= limit)
            {
                await stream.WriteAsync(chunk);
                written += chunk.Length;
            }
        }
        catch (IOException)
        {
            // the server answered 413 and stopped reading
        }
        catch (OperationCanceledException)
        {
            // the server answered 413 and stopped reading
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    private static byte[] BuildChunk()
    {
        var builder = new StringBuilder(1 << 16);
        var i = 0;
        while (builder.Length < (1 << 16) - 200)
        {
            var biosId = new Guid(i++, 0, 0, [1, 2, 3, 4, 5, 6, 7, 8]);
            builder.Append("<period biosId=\"").Append(biosId).Append("\" vmName=\"vm\" start=\"2026-03-01T00:00:00\"/>");
        }

        return Encoding.UTF8.GetBytes(builder.ToString());
    }
}
