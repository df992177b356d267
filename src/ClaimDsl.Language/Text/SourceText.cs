using System;
using System.Collections.Generic;

namespace ClaimDsl.Text;

/// <summary>
/// The text of one <c>.claims</c> file with its path and a table of line starts, so that any
/// offset turns into a line and column without rescanning the file.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text, string path)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Path = path ?? "";
        _lineStarts = ComputeLineStarts(text);
    }

    /// <summary>The whole file, as read (a byte-order mark, if any, is kept as U+FEFF).</summary>
    public string Text { get; }

    /// <summary>The path the file was read from, as given by the caller.</summary>
    public string Path { get; }

    /// <summary>Number of lines (a file with no line break has one line).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of the 1-based <paramref name="line"/>.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>Offset just after the last character of the 1-based line, before its line break.</summary>
    public int LineEnd(int line)
    {
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        if (end > 0 && end - 1 >= _lineStarts[line - 1] && Text[end - 1] == '\n') end--;
        if (end > 0 && end - 1 >= _lineStarts[line - 1] && Text[end - 1] == '\r') end--;
        return end;
    }

    /// <summary>The text of the 1-based line without its line break.</summary>
    public string LineText(int line) => Text.Substring(LineStart(line), LineEnd(line) - LineStart(line));

    /// <summary>
    /// 1-based line and column of an offset (the column counts UTF-16 code units). A byte-order
    /// mark takes no column, as in editors and the compiler, so the two agree on line 1.
    /// </summary>
    public (int Line, int Column) Position(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0) index = ~index - 1;
        int column = offset - _lineStarts[index] + 1;
        if (index == 0 && offset > 0 && Text[0] == '\uFEFF') column--;
        return (index + 1, column);
    }

    /// <summary>The span from <paramref name="start"/> covering <paramref name="length"/> characters.</summary>
    public SourceSpan Span(int start, int length)
    {
        start = Math.Max(0, Math.Min(start, Text.Length));
        length = Math.Max(0, Math.Min(length, Text.Length - start));
        var (startLine, startColumn) = Position(start);
        var (endLine, endColumn) = Position(start + length);
        return new SourceSpan(start, length, startLine, startColumn, endLine, endColumn);
    }

    /// <summary>The span between two offsets.</summary>
    public SourceSpan SpanBetween(int start, int end) => Span(start, end - start);

    /// <summary>
    /// The span from <paramref name="start"/> to <paramref name="end"/>, both on the 1-based
    /// <paramref name="line"/>. The parser reads line by line and knows the line it is on, so it
    /// need not search for it: a span is made for every token, and the search was a measurable
    /// share of parsing.
    /// </summary>
    internal SourceSpan SpanOnLine(int line, int start, int end) =>
        new(start, end - start, line, ColumnOnLine(line, start), line, ColumnOnLine(line, end));

    private int ColumnOnLine(int line, int offset)
    {
        int column = offset - _lineStarts[line - 1] + 1;
        // A byte-order mark takes no column (see Position).
        return line == 1 && offset > 0 && Text[0] == '\uFEFF' ? column - 1 : column;
    }

    /// <summary>
    /// Where the line that starts at <paramref name="start"/> ends, before its line break (LF,
    /// CRLF or CR), and in <paramref name="next"/> where the line after it starts: past the end
    /// of <paramref name="text"/> (<c>text.Length + 1</c>) when this is the last line. For a
    /// reader that goes through a text's lines once and needs no table of them.
    /// </summary>
    public static int FindLineEnd(string text, int start, out int next) => FindLineEnd(text.AsSpan(), start, out next);

    /// <inheritdoc cref="FindLineEnd(string, int, out int)"/>
    public static int FindLineEnd(ReadOnlySpan<char> text, int start, out int next)
    {
        // IndexOfAny searches many characters at a time: every file read is split into lines.
        int end = start < text.Length ? text.Slice(start).IndexOfAny('\n', '\r') : -1;
        if (end >= 0) end += start;
        if (end < 0)
        {
            next = text.Length + 1;
            return text.Length;
        }
        next = text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        return end;
    }

    private static int[] ComputeLineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int start = 0; ;)
        {
            FindLineEnd(text, start, out start);
            if (start > text.Length) return starts.ToArray();
            starts.Add(start);
        }
    }
}
