using System;
using System.Buffers;
using System.Text;
using ClaimDsl.Syntax;
using ClaimDsl.Text;
using RoslynText = Microsoft.CodeAnalysis.Text.SourceText;

namespace ClaimDsl.Generator.Pipeline;

/// <summary>
/// Cuts a claim file down to the lines that can name an import or an article text, so that
/// finding them costs a scan of each line's first word instead of a second full parse (the
/// check step parses the file in full anyway). The cut-down text is still read by the parser,
/// so what counts as an import or a text, and how its value and continuation lines read, is
/// decided by the parser itself. The scan only decides which block each line is in, from each
/// line's first word; whenever that word could read differently to the parser (a character
/// outside plain ASCII, which may be invisible, or a word that is not a keyword, which the
/// parser may take to start a block of its own) the scan gives up and the whole file is parsed.
/// </summary>
internal static class OutlineLines
{
    // Stands in for an article block's first line: only the block's kind matters to the outline.
    private const string ArticleHeader = "article a\n";

    // Files up to this many characters are read through a buffer borrowed from the shared pool;
    // a larger one gets a buffer of its own, so that one huge file does not stay in the pool.
    private const int MaxPooledLength = 1 << 20;

    /// <summary>
    /// The import lines, the article headers and the <c>text</c> lines of articles, each with
    /// the continuation lines that follow it; false when the file must be parsed in full. The
    /// compiler's text is read through a borrowed buffer, not copied into a string.
    /// </summary>
    public static bool TryCut(RoslynText text, out string cut)
    {
        char[] buffer = text.Length <= MaxPooledLength ? ArrayPool<char>.Shared.Rent(text.Length) : new char[text.Length];
        try
        {
            text.CopyTo(0, buffer, 0, text.Length);
            return TryCut(new ReadOnlySpan<char>(buffer, 0, text.Length), out cut);
        }
        finally
        {
            if (buffer.Length <= MaxPooledLength) ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static bool TryCut(ReadOnlySpan<char> content, out string cut)
    {
        var kept = new StringBuilder();
        var block = BlockKind.Unknown; // before the first block: no text line counts there either
        bool keepContinuations = false;
        cut = "";
        // The lines are split as the parser's SourceText splits them, without its table of line starts.
        for (int start = 0, next; start <= content.Length; start = next)
        {
            int end = SourceText.FindLineEnd(content, start, out next);
            if (start == 0 && end > start && content[start] == '\uFEFF') start++;
            int first = start;
            while (first < end && content[first] is ' ' or '\t') first++;
            if (first == end) continue;

            char c = content[first];
            if (c == '#') continue;
            if (c == '"')
            {
                // A text on its own continues the line above it, past comments and blank lines.
                if (keepContinuations) Keep(kept, content, start, end);
                continue;
            }
            if (!IsPlainAscii(c)) return false;

            int wordEnd = first;
            while (wordEnd < end && IsAsciiWordPart(content[wordEnd])) wordEnd++;
            if (wordEnd < end && !IsPlainAscii(content[wordEnd])) return false;
            keepContinuations = false;
            if (wordEnd == first || !IsAsciiWordStart(c)) continue; // not a keyword: an error line, in whichever block it stands

            var keyword = Keywords.Find(content.Slice(first, wordEnd - first));
            if (keyword is null) return false;
            if (keyword.Starts is { } kind)
            {
                block = kind;
                if (kind == BlockKind.Import)
                {
                    Keep(kept, content, start, end);
                    keepContinuations = true;
                }
                else if (kind == BlockKind.Article)
                {
                    kept.Append(ArticleHeader);
                }
            }
            else if (block == BlockKind.Article && keyword.Name == "text")
            {
                Keep(kept, content, start, end);
                keepContinuations = true;
            }
        }
        cut = kept.ToString();
        return true;
    }

    // The lines kept are few (imports and article texts), so each is copied through a string.
    private static void Keep(StringBuilder kept, ReadOnlySpan<char> content, int start, int end) =>
        kept.Append(content.Slice(start, end - start).ToString()).Append('\n');

    /// <summary>Printable ASCII: never invisible, never part of a word the scan could misread.</summary>
    private static bool IsPlainAscii(char c) => c is >= ' ' and < '\u007F';

    private static bool IsAsciiWordStart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

    private static bool IsAsciiWordPart(char c) => IsAsciiWordStart(c) || c is >= '0' and <= '9' or '-';
}
