using System.Buffers;
using System.Xml;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;
using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Api.Protection;

/// <summary>
/// Reads <c>&lt;protectionPeriods svmId="…"&gt;&lt;period biosId="…" vmName="…" start="…" end="…"/&gt;…</c>
/// with an <see cref="XmlReader"/> (no document tree for a 64 MiB batch) and validates every row; the
/// first bad row stops the read with its code and row number, so nothing is stored. The limited body is
/// first copied into a pooled buffer with large asynchronous reads, then parsed synchronously: the batch
/// is validated whole before storing anyway, and a synchronous reader over memory is several times
/// cheaper than an asynchronous one awaiting the socket for every small block.
/// </summary>
internal static class PeriodBatchReader
{
    public const string RootName = "protectionPeriods";
    public const string PeriodName = "period";

    private const int FirstBufferSize = 64 * 1024;

    private static readonly XmlReaderSettings SyncReaderSettings = SyncSettings();

    public static async Task<Result<PeriodBatch>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var opened = XmlBody.Open(request, XmlBody.PeriodBatchLimit);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        byte[]? buffer = null;
        try
        {
            await using var body = opened.Value;
            int length;
            (buffer, length) = await BufferAsync(body, request.ContentLength, cancellationToken);
            using var memory = new MemoryStream(buffer, 0, length, writable: false);
            using var reader = XmlReader.Create(memory, SyncReaderSettings);
            return Read(reader, cancellationToken);
        }
        catch (PayloadTooLargeException)
        {
            return XmlBody.TooLarge(XmlBody.PeriodBatchLimit);
        }
        catch (XmlException ex)
        {
            return XmlBody.Malformed($"The body is not well-formed XML, or it holds a DTD or an entity declaration, which are refused (line {ex.LineNumber}, position {ex.LinePosition}).");
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return XmlBody.TooLarge(XmlBody.PeriodBatchLimit);
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
    }

    /// <summary>Reads the whole (limited) body into a pooled array, which the caller returns.</summary>
    private static async Task<(byte[] Buffer, int Length)> BufferAsync(Stream body, long? contentLength, CancellationToken cancellationToken)
    {
        // one byte more than announced, so that the end is seen without growing; the limit stream caps the total
        var size = contentLength is { } announced && announced < XmlBody.PeriodBatchLimit ? (int)announced + 1 : FirstBufferSize;
        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    return (buffer, length);
                }

                length += read;
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static XmlReaderSettings SyncSettings()
    {
        var settings = XmlBody.ReaderSettings.Clone();
        settings.Async = false;
        return settings;
    }

    private static Result<PeriodBatch> Read(XmlReader reader, CancellationToken cancellationToken)
    {
        reader.MoveToContent();
        if (reader.NodeType != XmlNodeType.Element || reader.LocalName != RootName || reader.NamespaceURI.Length != 0)
        {
            return XmlBody.Malformed($"The body must be a <{RootName}> element.");
        }

        var svmId = reader.GetAttribute("svmId");
        var periods = new List<IncomingPeriod>();
        if (reader.IsEmptyElement)
        {
            return new PeriodBatch(svmId, periods);
        }

        var periodDepth = reader.Depth + 1;
        var row = 0;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != periodDepth || reader.LocalName != PeriodName)
            {
                continue;
            }

            row++;
            var parsed = PeriodRowParser.Parse(
                row,
                reader.GetAttribute("biosId"),
                reader.GetAttribute("vmName"),
                reader.GetAttribute("start"),
                reader.GetAttribute("end"));
            if (!parsed.IsSuccess)
            {
                return parsed.Error;
            }

            periods.Add(parsed.Value);
        }

        return new PeriodBatch(svmId, periods);
    }
}
