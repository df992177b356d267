using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;
using ClaimDsl.Text;
using ClaimDsl.Writing;

namespace ClaimDsl.Formatting;

/// <summary>
/// Rewrites a claim file into the canonical layout described in <c>docs/formatting.md</c>.
/// Only white space and line ends change: every token is rewritten from the parse, every text
/// exactly as written (its quotes and escapes), every comment kept with its words, and lines
/// keep their order. A file with any syntax error is refused as a whole.
/// </summary>
public static class ClaimFormatter
{
    /// <summary>Formats text that is already in memory.</summary>
    public static FormatResult Format(string text, string path = "untitled.claims") =>
        Format(ClaimParser.Parse(new SourceText(text ?? throw new ArgumentNullException(nameof(text)), path)));

    /// <summary>Reads a file from disk (as the checker does) and formats it; nothing is written.</summary>
    public static FormatResult FormatFile(string path)
    {
        var read = FileSystemSourceProvider.Instance.Read(path);
        if (read.Text is null) return new FormatResult(path, FormatStatus.Unreadable, null, ImmutableArray<ClaimDiagnostic>.Empty, read.Problem);
        return Format(ClaimWorkspace.Parse(read.Text, read.Decoding));
    }

    /// <summary>Formats a parsed file, or refuses it when the parser reported anything.</summary>
    public static FormatResult Format(SyntaxTree tree)
    {
        if (!tree.Diagnostics.IsEmpty)
            return new FormatResult(tree.Path, FormatStatus.SyntaxErrors, null, tree.Diagnostics);
        string formatted = new Layout(tree).Render();
        var status = formatted == tree.Source.Text ? FormatStatus.Unchanged : FormatStatus.Changed;
        return new FormatResult(tree.Path, status, formatted, ImmutableArray<ClaimDiagnostic>.Empty);
    }

    /// <summary>One output line, or a blank line (<see cref="Text"/> null), with the offset it came from.</summary>
    private readonly record struct OutputLine(int Offset, string? Text);

    private sealed class Layout
    {
        private readonly SyntaxTree _tree;
        private readonly string _source;
        private readonly List<string?> _lines = new();

        /// <summary>True when the lines so far end between blocks (the file's opening comments, or comments at column 1 after a block).</summary>
        private bool _endsBetweenBlocks = true;

        public Layout(SyntaxTree tree)
        {
            _tree = tree;
            _source = tree.Source.Text;
        }

        public string Render()
        {
            // Lines before the first block can only be comments and blank lines.
            foreach (var line in _tree.LeadingLines.Select(l => Trivia(l, "")).OrderBy(l => l.Offset))
                _lines.Add(line.Text);
            foreach (var block in _tree.Blocks) AddBlock(block);
            return Join();
        }

        /// <summary>
        /// A block: its header at column 1 and its lines indented, in their original order. Comment
        /// and blank lines after the block's last line are split: comments indented in the original
        /// stay with the block (indented); from the first comment at column 1 on, they stand
        /// between blocks (at column 1), after exactly one blank line, and lead into the next
        /// block (which follows them directly, or after one blank line if there was one).
        /// Without such comments, exactly one blank line separates two blocks.
        /// </summary>
        private void AddBlock(SyntaxBlock block)
        {
            var entries = new List<(OutputLine Line, bool IsContent, bool AtColumnOne)>();
            foreach (var line in KeywordLine(block.Header, "")) entries.Add((line, true, false));
            foreach (var line in block.Lines)
            {
                if (line.Kind == LineKind.Keyword)
                    foreach (var output in KeywordLine(line, ClaimLayout.Indent)) entries.Add((output, true, false));
                else
                    entries.Add((Trivia(line, ClaimLayout.Indent), false, line.Kind == LineKind.Comment && !IsIndented(line)));
            }
            entries.Sort((a, b) => a.Line.Offset.CompareTo(b.Line.Offset));

            int lastContent = entries.FindLastIndex(e => e.IsContent);
            int between = entries.FindIndex(lastContent + 1, e => e.AtColumnOne);
            if (!_endsBetweenBlocks) _lines.Add(null);
            for (int i = 0; i < entries.Count; i++)
            {
                var (line, _, _) = entries[i];
                if (between >= 0 && i == between) _lines.Add(null);
                bool outside = between >= 0 && i >= between;
                _lines.Add(outside && line.Text is { } comment ? comment.TrimStart() : line.Text);
            }
            _endsBetweenBlocks = between >= 0;
        }

        /// <summary>A keyword line in canonical spacing, then each of its continuation lines.</summary>
        private IEnumerable<OutputLine> KeywordLine(SyntaxLine line, string indent)
        {
            string value = line.Value is null ? "" : RenderValue(line.Value);
            yield return new OutputLine(line.Span.Start, indent + line.Keyword + (value.Length == 0 ? "" : " " + value) + Trailing(line.Comment));

            if (line.ContinuationLines.IsDefaultOrEmpty) yield break;
            var pieces = SyntaxValue.StringTokensOf(line.Value).ToList();
            foreach (var span in line.ContinuationLines)
            {
                var piece = pieces.First(p => p.Span.Start >= span.Start && p.Span.Start < span.End);
                yield return new OutputLine(span.Start, ClaimLayout.ContinuationIndent + piece.Raw + Trailing(CommentAfter(piece.Span.End, span.End)));
            }
        }

        private static OutputLine Trivia(SyntaxLine line, string indent) =>
            new(line.Span.Start, line.Kind == LineKind.Comment ? indent + line.Comment!.TrimEnd(' ', '\t') : null);

        private bool IsIndented(SyntaxLine line) => line.Span.Length > 0 && _source[line.Span.Start] is ' ' or '\t';

        /// <summary>The comment after a continuation piece, read from the source (the parse keeps only the piece).</summary>
        private string? CommentAfter(int from, int lineEnd)
        {
            int i = from;
            while (i < lineEnd && _source[i] is ' ' or '\t') i++;
            return i < lineEnd && _source[i] == '#' ? _source.Substring(i, lineEnd - i) : null;
        }

        private static string Trailing(string? comment) => comment is null ? "" : " " + comment.TrimEnd(' ', '\t');

        /// <summary>
        /// The file: runs of blank lines become one, none at the start or end, the file's
        /// dominant line end (LF unless most line ends are CRLF), one final line end, and the
        /// byte-order mark if the file had one.
        /// </summary>
        private string Join()
        {
            string newline = DominantNewline(_source);
            var text = new StringBuilder(_source.Length + 16);
            if (_source.Length > 0 && _source[0] == '\uFEFF') text.Append('\uFEFF');
            bool pendingBlank = false, any = false;
            foreach (var line in _lines)
            {
                if (line is null) { pendingBlank = any; continue; }
                if (pendingBlank) text.Append(newline);
                text.Append(line).Append(newline);
                pendingBlank = false;
                any = true;
            }
            return text.ToString();
        }

        private static string DominantNewline(string text)
        {
            int crlf = 0, other = 0;
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { crlf++; i++; }
                else if (text[i] is '\n' or '\r') other++;
            }
            return crlf > other ? "\r\n" : "\n";
        }
    }

    /// <summary>A value in canonical spacing. Texts are written from the first piece as typed; later pieces are continuation lines.</summary>
    private static string RenderValue(SyntaxValue value) => value switch
    {
        TextValue t => t.Pieces[0].Raw,
        TextListValue l => string.Join(ClaimLayout.ListSeparator, l.Items.Select(i => i.Pieces[0].Raw)),
        NameValue n => n.Name,
        HeaderValue h => h.Name is null ? h.Id.Name : h.Id.Name + " " + h.Name.Pieces[0].Raw,
        DateValue d => d.Text,
        WhenDate w => w.Date.Text,
        WhenWeekday w => w.Weekday.Name,
        WhenBetween b => "between " + b.From.Text + " and " + b.To.Text,
        WhenVague w => w.Phrase.Pieces[0].Raw,
        SourceValue s => s.IsDirect ? "direct" : string.Join(" via ", s.Chain.Select(c => c.Name)),
        AudienceValue a => a.Entity?.Name ?? a.Text!.Pieces[0].Raw,
        VerdictValue v => v.Explanation is null ? v.Rating.Name : v.Rating.Name + " " + v.Explanation.Pieces[0].Raw,
        UnnamedValue u => u.Reason?.Pieces[0].Raw ?? "",
        _ => throw new ArgumentException($"The formatter does not know values of the kind {value.GetType().Name}.", nameof(value)),
    };
}
