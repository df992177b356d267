using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ClaimDsl.Syntax;

namespace ClaimDsl.Writing;

/// <summary>
/// Builds a claim file in the canonical layout that the formatter produces: blocks separated by
/// one blank line, block lines indented two spaces, texts escaped by <see cref="StringLiterals"/>
/// and wrapped onto continuation lines at <see cref="ClaimLayout.WrapWidth"/> columns. What it
/// writes is already formatted: <c>claimdsl fmt</c> leaves it unchanged.
/// </summary>
public sealed class ClaimTextWriter
{
    private readonly StringBuilder _text = new();
    private readonly int _wrapWidth;
    private bool _blockOpen;
    private bool _anything;

    public ClaimTextWriter(int wrapWidth = ClaimLayout.WrapWidth)
    {
        if (wrapWidth < 20) throw new ArgumentOutOfRangeException(nameof(wrapWidth), "Texts need at least 20 columns to be wrapped readably.");
        _wrapWidth = wrapWidth;
    }

    /// <summary>Comment lines at the top level (each line of <paramref name="text"/> gets its own <c>#</c>).</summary>
    public ClaimTextWriter Comment(string text)
    {
        Separate();
        foreach (var line in SplitLines(text)) AppendLine(line.Length == 0 ? "#" : "# " + line);
        _blockOpen = false;
        return this;
    }

    /// <summary>Starts a block: <c>keyword id</c>, or <c>keyword id "name"</c> for people, organisations and groups.</summary>
    public ClaimTextWriter Block(string keyword, string id, string? name = null)
    {
        if (_blockOpen || _anything) Separate();
        if (name is null) AppendLine(keyword + " " + id);
        else WriteText(keyword + " " + id + " ", name);
        _blockOpen = true;
        return this;
    }

    /// <summary>A block line whose value is written as is: an id, a date, a word (<c>by ayrault</c>, <c>on 2016-10-06</c>).</summary>
    public ClaimTextWriter Line(string keyword, string value)
    {
        RequireBlock(keyword);
        AppendLine(ClaimLayout.Indent + keyword + (value.Length == 0 ? "" : " " + value));
        return this;
    }

    /// <summary>A block line with a text, escaped and wrapped: <c>says "…"</c>. <paramref name="prefix"/> goes between the keyword and the text (<c>verdict false "…"</c>).</summary>
    public ClaimTextWriter Text(string keyword, string text, string? prefix = null)
    {
        RequireBlock(keyword);
        WriteText(ClaimLayout.Indent + keyword + " " + (prefix is null ? "" : prefix + " "), text);
        return this;
    }

    /// <summary>A block line with a list of short texts: <c>tag "a", "b"</c>.</summary>
    public ClaimTextWriter List(string keyword, IEnumerable<string> items)
    {
        RequireBlock(keyword);
        AppendLine(ClaimLayout.Indent + keyword + " " + string.Join(ClaimLayout.ListSeparator, items.Select(StringLiterals.Quote)));
        return this;
    }

    /// <summary>The file: LF line ends, one final newline.</summary>
    public override string ToString() => _text.ToString();

    private void Separate()
    {
        if (_anything) _text.Append('\n');
    }

    private void RequireBlock(string keyword)
    {
        if (!_blockOpen) throw new InvalidOperationException($"`{keyword}` must follow the first line of a block: call Block first.");
    }

    private void AppendLine(string line)
    {
        _text.Append(line).Append('\n');
        _anything = true;
    }

    /// <summary>
    /// Writes <paramref name="lead"/> and the text in quotes, breaking it at spaces into pieces
    /// on continuation lines when the line would pass the wrap width. The parser joins the
    /// pieces with one space, so the space at each break is dropped and the text read back is
    /// exactly <paramref name="text"/>.
    /// </summary>
    private void WriteText(string lead, string text)
    {
        int start = 0;
        int room = _wrapWidth - lead.Length - 2;
        string prefix = lead;
        while (true)
        {
            int end = BreakPoint(text, start, room);
            var line = new StringBuilder(prefix).Append('"');
            StringLiterals.AppendEscaped(line, text, start, end);
            AppendLine(line.Append('"').ToString());
            if (end >= text.Length) return;
            start = end + 1;
            prefix = ClaimLayout.ContinuationIndent;
            room = _wrapWidth - prefix.Length - 2;
        }
    }

    /// <summary>
    /// Where the piece starting at <paramref name="start"/> ends: at the last space that keeps the
    /// escaped piece within <paramref name="room"/>, or the first space after a word too long
    /// for it, or the end of the text. Never leaves an empty piece on either side.
    /// </summary>
    private static int BreakPoint(string text, int start, int room)
    {
        int width = 0, lastFit = -1;
        for (int i = start; i < text.Length; i++)
        {
            bool breakable = text[i] == ' ' && i > start && i + 1 < text.Length;
            if (breakable)
            {
                if (width <= room) lastFit = i;
                else return lastFit >= 0 ? lastFit : i;
            }
            width += StringLiterals.EscapedLength(text, i);
        }
        return width <= room || lastFit < 0 ? text.Length : lastFit;
    }

    private static IEnumerable<string> SplitLines(string text) =>
        text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd());
}
