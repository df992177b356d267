using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace ClaimDsl.Benchmarks.Reporting;

/// <summary>A Markdown table with aligned columns, so that it reads as well in a terminal as in docs/performance.md.</summary>
public sealed class MarkdownTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = new();

    public MarkdownTable(params string[] headers) => _headers = headers;

    public void Add(params string[] cells)
    {
        if (cells.Length != _headers.Length) throw new ArgumentException($"A row of this table has {_headers.Length} cells, not {cells.Length}.", nameof(cells));
        _rows.Add(cells);
    }

    public void Write(TextWriter output)
    {
        var widths = _headers.Select((h, i) => _rows.Select(r => r[i].Length).Prepend(h.Length).Max()).ToArray();
        output.WriteLine(Row(_headers, widths));
        output.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in _rows) output.WriteLine(Row(row, widths));
    }

    private static string Row(IReadOnlyList<string> cells, int[] widths) =>
        "| " + string.Join(" | ", cells.Select((c, i) => c.PadRight(widths[i]))) + " |";
}

/// <summary>Number formats for the tables: invariant culture, units spelled out.</summary>
public static class Figures
{
    public static string Number(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    public static string Bytes(double bytes) =>
        bytes >= 1e9 ? Number(bytes / 1e9, 2) + " GB"
        : bytes >= 1e6 ? Number(bytes / 1e6, 1) + " MB"
        : bytes >= 1e3 ? Number(bytes / 1e3, 1) + " KB"
        : Number(bytes, 0) + " B";

    public static string Milliseconds(double nanoseconds) => Number(nanoseconds / 1e6, nanoseconds < 1e7 ? 2 : 0) + " ms";

    /// <summary>Megabytes (10^6 bytes) per second.</summary>
    public static double MegabytesPerSecond(long bytes, double nanoseconds) => bytes / 1e6 / (nanoseconds / 1e9);

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    public static string Ratio(double ratio) => Number(ratio, ratio < 10 ? 2 : 1) + "x";
}
