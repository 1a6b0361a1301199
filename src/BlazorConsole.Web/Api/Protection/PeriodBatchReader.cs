using System.Xml;
using BlazorConsole.Core.Common;
using BlazorConsole.Core.Protection;
using BlazorConsole.Web.Api.Common;

namespace BlazorConsole.Web.Api.Protection;

/// <summary>
/// Streams <c>&lt;protectionPeriods svmId="…"&gt;&lt;period biosId="…" vmName="…" start="…" end="…"/&gt;…</c>
/// with an <see cref="XmlReader"/> (no document tree for a 64 MiB batch) and validates every row; the
/// first bad row stops the read with its code and row number, so nothing is stored.
/// </summary>
internal static class PeriodBatchReader
{
    public const string RootName = "protectionPeriods";
    public const string PeriodName = "period";

    public static async Task<Result<PeriodBatch>> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var opened = XmlBody.Open(request, XmlBody.PeriodBatchLimit);
        if (!opened.IsSuccess)
        {
            return opened.Error;
        }

        try
        {
            await using var body = opened.Value;
            using var reader = XmlReader.Create(body, XmlBody.ReaderSettings);
            return await ReadAsync(reader, cancellationToken);
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
    }

    private static async Task<Result<PeriodBatch>> ReadAsync(XmlReader reader, CancellationToken cancellationToken)
    {
        await reader.MoveToContentAsync();
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
        while (await reader.ReadAsync())
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
