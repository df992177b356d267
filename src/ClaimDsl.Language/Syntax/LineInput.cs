using System;
using System.Collections.Generic;
using ClaimDsl.Text;
using Sprache;

namespace ClaimDsl.Syntax;

/// <summary>
/// A Sprache input over one line of a <see cref="SourceText"/>. Unlike Sprache's stock input it
/// can jump many characters at once, computes line and column only when asked, and creates its
/// memo table only when a parser needs one — the stock input allocates both for every character.
/// Bounding it to one line also means no parser can ever run past the line it started on.
/// </summary>
internal sealed class LineInput : IInput
{
    private IDictionary<object, object>? _memos;

    public LineInput(SourceText text, NameTable names, int lineNumber, int position, int end)
    {
        Text = text;
        Names = names;
        LineNumber = lineNumber;
        Position = position;
        End = end;
    }

    public SourceText Text { get; }

    /// <summary>The names read so far from this file, so that each is one string.</summary>
    public NameTable Names { get; }

    /// <summary>The 1-based number of the line this input reads.</summary>
    public int LineNumber { get; }

    /// <summary>Offset just after the last character this input may read.</summary>
    public int End { get; }

    public string Source => Text.Text;

    public int Position { get; }

    public bool AtEnd => Position >= End;

    public char Current => AtEnd ? throw new InvalidOperationException("The line has ended.") : Text.Text[Position];

    public int Line => LineNumber;

    public int Column => Text.SpanOnLine(LineNumber, Position, Position).StartColumn;

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> on this line.</summary>
    public SourceSpan Span(int start, int end) => Text.SpanOnLine(LineNumber, start, end);

    public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

    public IInput Advance() => AtEnd ? throw new InvalidOperationException("The line has ended.") : AdvanceBy(1);

    /// <summary>The input <paramref name="count"/> characters further on.</summary>
    public LineInput AdvanceBy(int count) => new(Text, Names, LineNumber, Math.Min(Position + count, End), End);

    /// <summary>The input at an absolute offset within the same line.</summary>
    public LineInput At(int position) => new(Text, Names, LineNumber, Math.Min(position, End), End);

    public bool Equals(IInput? other) => other is LineInput line && ReferenceEquals(line.Text, Text) && line.Position == Position && line.End == End;

    public override bool Equals(object? obj) => obj is IInput input && Equals(input);

    public override int GetHashCode() => Position ^ (End << 16);
}
