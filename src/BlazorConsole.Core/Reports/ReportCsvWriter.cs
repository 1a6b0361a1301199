using System.Buffers;
using System.Text;
using BlazorConsole.Core.Common;

namespace BlazorConsole.Core.Reports;

/// <summary>
/// Writes report lines <c>{tenantId};{tenantName};{biosId};{vmName};{start};{end}</c>, UTF-8 without BOM,
/// no header, CRLF line ends and RFC 4180 quoting (a field holding <c>;</c>, <c>"</c>, CR or LF is
/// enclosed in quotes, inner quotes doubled). Dates are clipped to the range and written as WireTime.
/// </summary>
public sealed class ReportCsvWriter(Stream output, ReportRange range) : IAsyncDisposable
{
    public const string LineEnd = "\r\n";

    private static readonly SearchValues<char> Special = SearchValues.Create(";\"\r\n");

    private readonly StreamWriter _writer = new(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = LineEnd };

    public long Rows { get; private set; }

    public void Write(in ReportRow row)
    {
        Span<char> buffer = stackalloc char[40];
        if (row.TenantId is { } tenantId)
        {
            WriteGuid(tenantId, buffer);
        }

        _writer.Write(';');
        WriteField(row.TenantName);
        _writer.Write(';');
        WriteGuid(row.BiosId, buffer);
        _writer.Write(';');
        WriteField(row.VmName);
        _writer.Write(';');
        var (start, end) = range.Clip(row.Start, row.End);
        WriteTime(start, buffer);
        _writer.Write(';');
        WriteTime(end, buffer);
        _writer.Write(LineEnd);
        Rows++;
    }

    public Task FlushAsync(CancellationToken cancellationToken) => _writer.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    /// <summary>One field as RFC 4180 writes it (used by the writer and its tests).</summary>
    public static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field) || field.AsSpan().IndexOfAny(Special) < 0)
        {
            return field ?? string.Empty;
        }

        return "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private void WriteField(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return;
        }

        var span = field.AsSpan();
        if (span.IndexOfAny(Special) < 0)
        {
            _writer.Write(span);
            return;
        }

        _writer.Write('"');
        while (true)
        {
            var quote = span.IndexOf('"');
            if (quote < 0)
            {
                _writer.Write(span);
                break;
            }

            _writer.Write(span[..(quote + 1)]);
            _writer.Write('"');
            span = span[(quote + 1)..];
        }

        _writer.Write('"');
    }

    private void WriteGuid(Guid value, Span<char> buffer)
    {
        value.TryFormat(buffer, out var written, "D");
        _writer.Write(buffer[..written]);
    }

    private void WriteTime(DateTime value, Span<char> buffer)
    {
        WireTime.TryFormat(value, buffer, out var written);
        _writer.Write(buffer[..written]);
    }
}
