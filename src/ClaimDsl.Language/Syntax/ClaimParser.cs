using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Text;

namespace ClaimDsl.Syntax;

/// <summary>
/// Reads a file line by line. Each line is parsed on its own with the Sprache
/// <see cref="Grammar"/>, so a broken line costs that line only: it is reported and the next
/// line is read. Top-level keywords start blocks; the lines below a block's first line belong
/// to it until the next top-level keyword.
/// </summary>
public static class ClaimParser
{
    /// <summary>Parses a whole file. Never throws on any input.</summary>
    public static SyntaxTree Parse(SourceText source)
    {
        var state = new ParseState(source);
        for (int line = 1; line <= source.LineCount; line++)
            state.ReadLine(line);
        return state.Finish();
    }

    private sealed class ParseState
    {
        private readonly SourceText _source;
        private readonly List<ClaimDiagnostic> _diagnostics = new();
        private readonly List<SyntaxBlock> _blocks = new();
        private readonly List<SyntaxLine> _leading = new();
        private readonly NameTable _names = new();
        private BlockKind _kind;
        private SyntaxLine? _header;
        private List<SyntaxLine>? _lines;
        // One list holds the lines of each block in turn (copied out when the block closes), so
        // that a list is not grown anew for every block.
        private readonly List<SyntaxLine> _blockLines = new();
        // Continuation pieces waiting to be folded, the lines they are on, and the line they
        // continue: its list and index (-1: the block's header).
        private readonly List<StringToken> _pieces = new();
        private readonly List<SourceSpan> _pieceLines = new();
        private (List<SyntaxLine> Lines, int Index) _continued;

        public ParseState(SourceText source) => _source = source;

        public void ReadLine(int lineNumber)
        {
            int start = _source.LineStart(lineNumber), end = _source.LineEnd(lineNumber);
            if (lineNumber == 1 && end > start && _source.Text[start] == '\uFEFF') start++;
            var lineSpan = _source.SpanOnLine(lineNumber, start, end);

            int first = start;
            while (first < end && Lexemes.IsBlank(_source.Text[first])) first++;
            if (first == end) { Add(Trivia(LineKind.Blank, null, lineSpan)); return; }

            char c = _source.Text[first];
            if (c == '#') { Add(Trivia(LineKind.Comment, _source.Text.Substring(first, end - first), lineSpan)); return; }
            if (c == '"') { ReadContinuation(new LineInput(_source, _names, lineNumber, start, end), lineSpan); return; }

            int wordEnd = Lexemes.WordEnd(_source.Text, first, end);
            if (wordEnd == first)
            {
                Report(SyntaxErrors.SyntaxError, TokenAt(first, end),
                    $"This line does not start with a keyword (found {Found(first, end)}). Lines start with a keyword such as `claim`, `by` or `says`; start a comment with #.");
                Add(Trivia(LineKind.Error, null, lineSpan));
                return;
            }

            var keywordSpan = _source.SpanOnLine(lineNumber, first, wordEnd);
            var spec = Keywords.Find(_source.Text, first, wordEnd - first);
            if (spec is null)
            {
                // The word may hold an invisible character (CLM005 reports it): read it as the writer sees it.
                var input = new LineInput(_source, _names, lineNumber, start, end);
                Lexemes.TryWord(input, first, out var word);
                spec = Keywords.Find(word.Name);
                if (spec is null) { ReadUnknownKeyword(word, input.At(wordEnd), first == start, lineSpan); return; }
            }
            if (!spec.IsTopLevel && !CheckPlacement(spec, keywordSpan, lineSpan)) return;

            var line = ReadValue(spec, keywordSpan, new LineInput(_source, _names, lineNumber, wordEnd, end), lineSpan);
            if (spec.Starts is { } kind) StartBlock(kind, line);
            else Add(line);
        }

        public SyntaxTree Finish()
        {
            CloseBlock();
            return new SyntaxTree(_source, _leading.ToImmutableArray(), _blocks.ToImmutableArray(), _diagnostics.ToImmutableArray());
        }

        private SyntaxLine ReadValue(KeywordSpec spec, SourceSpan keywordSpan, LineInput afterKeyword, SourceSpan lineSpan)
        {
            var value = Grammar.ValueOf(spec.Shape)(afterKeyword);
            if (!value.WasSuccessful)
            {
                int at = Lexemes.SkipSpaces(afterKeyword, value.Remainder.Position);
                // `person delgado` without its name still declares `delgado`: keep the id, so that
                // the uses of it are not reported as unknown on top of this error.
                var idOnly = spec.Shape == ValueShape.IdAndName ? Grammar.ValueOf(ValueShape.Id)(afterKeyword) : null;
                var id = idOnly is { WasSuccessful: true, Value: HeaderValue header } ? header : null;
                bool nameForId = spec.Shape == ValueShape.Reference && at < afterKeyword.End && _source.Text[at] == '"';
                Report(SyntaxErrors.SyntaxError, TokenAt(at, afterKeyword.End), id is not null
                    ? $"`{spec.Name} {id.Id.Name}` needs the name in double quotes after the id, but found {Found(at, afterKeyword.End)}. For example: `{spec.Example}`."
                    : nameForId
                    ? $"`{spec.Name}` takes an id, not a name in quotes (found {Found(at, afterKeyword.End)}). Declare the name once, in a person, org or group block such as `org cnn \"CNN\"`, and write its id here: `{spec.Example}`."
                    : $"`{spec.Name}` needs {ShapeDescription(spec.Shape)}, but found {Found(at, afterKeyword.End)}. For example: `{spec.Example}`.");
                return new SyntaxLine(LineKind.Keyword, spec.Name, keywordSpan, id, null, lineSpan, ImmutableArray<SourceSpan>.Empty);
            }

            ReportStringProblems(value.Value);
            if (!Grammar.TryTrailing(afterKeyword, value.Remainder.Position, out string? comment, out int failAt))
                Report(SyntaxErrors.SyntaxError, TokenAt(failAt, afterKeyword.End),
                    $"Unexpected {Found(failAt, afterKeyword.End)} after the value of `{spec.Name}`. A line holds one keyword and its value, for example: `{spec.Example}`. Start a comment with #.");
            return new SyntaxLine(LineKind.Keyword, spec.Name, keywordSpan, value.Value, comment, lineSpan, ImmutableArray<SourceSpan>.Empty);
        }

        private void ReadContinuation(LineInput input, SourceSpan lineSpan)
        {
            Lexemes.TryString(input, Lexemes.SkipSpaces(input, input.Position), out var piece);
            ReportStringProblems(piece);
            if (!Grammar.TryTrailing(input, piece.Span.End, out _, out int failAt))
                Report(SyntaxErrors.SyntaxError, TokenAt(failAt, input.End),
                    $"Unexpected {Found(failAt, input.End)} after the text. A line with only a text continues the text above it and can hold nothing else but a comment.");

            var lines = _lines ?? _leading;
            int last = lines.Count - 1;
            while (last >= 0 && lines[last].Kind is LineKind.Comment or LineKind.Blank) last--;
            var target = last >= 0 ? lines[last] : _lines is not null ? _header : null;
            if (target?.Kind == LineKind.Keyword && SyntaxLine.CanContinue(target.Value))
            {
                _continued = (lines, last);
                _pieces.Add(piece);
                _pieceLines.Add(lineSpan);
                return;
            }
            if (target is null)
                Report(SyntaxErrors.SyntaxError, piece.Span,
                    "A line with only a text continues the text of the line above, but there is no line above it to continue. Put a keyword before this text, such as `note`, or make it a comment with #.");
            else if (target.Kind != LineKind.Error)
                Report(SyntaxErrors.SyntaxError, piece.Span,
                    "A line with only a text continues the text of the line above, but the line above does not end in a text. Put a keyword before this text, such as `says` or `note`.");
            Add(Trivia(LineKind.Error, null, lineSpan));
        }

        /// <summary>
        /// Folds the waiting continuation pieces into the line they continue. They are gathered
        /// first and folded once, when the next line that is not a comment or blank comes:
        /// folding each piece as it came rebuilt the line and re-joined its text per piece.
        /// </summary>
        private void FoldContinuations()
        {
            if (_pieces.Count == 0) return;
            var (lines, index) = _continued;
            if (index >= 0) lines[index] = lines[index].Continue(_pieces, _pieceLines);
            else _header = _header!.Continue(_pieces, _pieceLines);
            _pieces.Clear();
            _pieceLines.Clear();
        }

        private void ReadUnknownKeyword(NameValue word, LineInput afterWord, bool atLineStart, SourceSpan lineSpan)
        {
            string? suggestion = Suggestions.Closest(word.Name, Keywords.All.Select(k => k.Name));
            var guess = suggestion is null ? null : Keywords.Find(suggestion);

            // An unknown word at the very start of a line was most likely meant to start a block
            // (`cliam`): open a block that swallows its lines, so they are not blamed on the
            // block above.
            bool startsBlock = atLineStart && (guess is null || guess.IsTopLevel);

            const string blockStarts = "Blocks start with article, person, org, group, claim or import";
            bool inKnownBlock = _lines is not null && _kind != BlockKind.Unknown;
            string hint = suggestion is not null ? $"Did you mean `{suggestion}`?"
                : !inKnownBlock ? blockStarts + "."
                : atLineStart ? $"{blockStarts}; the lines of {Article(_kind)} block start with {ListOf(Keywords.AllowedIn(_kind))}."
                : $"In {Article(_kind)} block the keywords are: {ListOf(Keywords.AllowedIn(_kind))}.";
            if (startsBlock) hint += " The lines below it are not checked until the next block.";
            Report(SyntaxErrors.UnknownKeyword, word.Span, $"`{word.Name}` is not a keyword. {hint}");

            // `persn okafor "…"` still names `okafor`: keep the header as if spelt right, so that
            // references to it are not reported as unknown on top of this error.
            var header = guess is { IsTopLevel: true } ? Grammar.ValueOf(guess.Shape)(afterWord) : null;
            var line = new SyntaxLine(LineKind.Error, word.Name, word.Span, header is { WasSuccessful: true } ? header.Value : null, null, lineSpan, ImmutableArray<SourceSpan>.Empty);
            if (startsBlock) StartBlock(BlockKind.Unknown, line);
            else Add(line);
        }

        private bool CheckPlacement(KeywordSpec spec, SourceSpan word, SourceSpan lineSpan)
        {
            if (_lines is null)
            {
                Report(SyntaxErrors.UnknownKeyword, word,
                    $"`{spec.Name}` must come inside a block, below its first line (such as `claim <id>`); it belongs in {Either(Keywords.BlocksOf(spec))} blocks.");
            }
            else if (_kind == BlockKind.Unknown)
            {
                return false; // the block's first line was already reported
            }
            else if (_kind == BlockKind.Import)
            {
                Report(SyntaxErrors.UnknownKeyword, word,
                    $"`{spec.Name}` does not belong in an import block: an import is one line, such as import \"shared/people.claims\". `{spec.Name}` goes in {Either(Keywords.BlocksOf(spec))} blocks.");
            }
            else if (!Keywords.IsAllowedIn(spec, _kind))
            {
                Report(SyntaxErrors.UnknownKeyword, word,
                    $"`{spec.Name}` does not belong in {Article(_kind)} block; it goes in {Either(Keywords.BlocksOf(spec))} blocks. The keywords of {Article(_kind)} block are: {ListOf(Keywords.AllowedIn(_kind))}.");
            }
            else return true;
            Add(Trivia(LineKind.Error, null, lineSpan));
            return false;
        }

        private void ReportStringProblems(SyntaxValue? value)
        {
            if (value is TextListValue list)
            {
                foreach (var item in list.Items) ReportStringProblems(item);
                return;
            }
            // A plain text has nothing to report: skip it without asking for its pieces.
            if (SyntaxValue.TextOf(value) is { IsPlain: false } text)
                foreach (var token in text.Pieces) ReportStringProblems(token);
        }

        private void ReportStringProblems(StringToken token)
        {
            if (!token.IsTerminated)
                Report(SyntaxErrors.UnterminatedString, token.Span, UnterminatedMessage(token.Raw));
            foreach (var (span, advice) in token.BadEscapes)
                Report(SyntaxErrors.InvalidEscape, span, advice);
        }

        /// <summary>Why a text has no end, with the backslash that most often causes it.</summary>
        private static string UnterminatedMessage(string raw)
        {
            int TrailingBackslashes(int end) { int n = 0; while (end - 1 - n >= 1 && raw[end - 1 - n] == '\\') n++; return n; }
            if (TrailingBackslashes(raw.Length) % 2 == 1)
                return "This text has no closing double quote (\"), and the backslash at its end starts an escape with nothing after it. Close the text on this line; to write a backslash, type it twice: \\\\.";
            if (raw.Length > 1 && raw[raw.Length - 1] == '"' && TrailingBackslashes(raw.Length - 1) % 2 == 1)
                return "This text has no closing double quote: the \" at its end counts as part of the text, because of the backslash before it (\\\"). To end a text with a backslash, type the backslash twice before the quote: \\\\\".";
            return "This text has no closing double quote (\"): a text must end on the line where it starts. Add the \" at the end of the text; to go on, put the rest in quotes on the next line.";
        }


        private void StartBlock(BlockKind kind, SyntaxLine header)
        {
            CloseBlock();
            _kind = kind;
            _header = header;
            _lines = _blockLines;
        }

        private void CloseBlock()
        {
            FoldContinuations();
            if (_header is null || _lines is null) return;
            // The block's span ends at its last line with content; blank and comment lines after
            // it stay in the block (the formatter keeps them) but are not part of its span.
            int last = _lines.Count - 1;
            while (last >= 0 && _lines[last].Kind is LineKind.Blank or LineKind.Comment) last--;
            var lastLine = last >= 0 ? _lines[last] : _header;
            var end = lastLine.ContinuationLines.IsDefaultOrEmpty ? lastLine.Span : lastLine.ContinuationLines[lastLine.ContinuationLines.Length - 1];
            _blocks.Add(new SyntaxBlock(_kind, _header, _lines.ToImmutableArray(), SourceSpan.Through(_header.Span, end)));
            _lines.Clear();
            _header = null;
            _lines = null;
        }

        private void Add(SyntaxLine line)
        {
            if (line.Kind is not (LineKind.Comment or LineKind.Blank)) FoldContinuations();
            if (_lines is null) _leading.Add(line);
            else _lines.Add(line);
        }

        private static SyntaxLine Trivia(LineKind kind, string? comment, SourceSpan span) =>
            new(kind, "", new SourceSpan(span.Start, 0, span.StartLine, span.StartColumn, span.StartLine, span.StartColumn), null, comment, span, ImmutableArray<SourceSpan>.Empty);

        private void Report(DiagnosticDescriptor descriptor, SourceSpan span, string message) =>
            _diagnostics.Add(new ClaimDiagnostic(descriptor, descriptor.DefaultSeverity, message, _source.Path, span));

        /// <summary>The span of the word or symbol at <paramref name="at"/>: up to the next space.</summary>
        private SourceSpan TokenAt(int at, int end)
        {
            string text = _source.Text;
            int stop = at;
            if (stop < end && text[stop] == '"')
            {
                // A text in quotes is one token, spaces and all: show `"The Riverton Herald"`, not `"The`.
                stop++;
                while (stop < end && text[stop] != '"') stop += text[stop] == '\\' ? 2 : 1;
                stop = Math.Min(stop + 1, end);
            }
            else
            {
                while (stop < end && !char.IsWhiteSpace(text[stop])) stop++;
            }
            return _source.SpanBetween(at, stop);
        }

        private string Found(int at, int end)
        {
            var token = TokenAt(at, end);
            if (token.Length == 0) return "the end of the line";
            string text = _source.Text.Substring(token.Start, token.Length);
            return "`" + (text.Length > 30 ? text.Substring(0, 30) + "…" : text) + "`";
        }
    }

    internal static string ShapeDescription(ValueShape shape) => shape switch
    {
        ValueShape.Id => "an id (a letter or _, then letters, digits, _ or -)",
        ValueShape.IdAndName => "an id and then the name in double quotes",
        ValueShape.Text => "a text in double quotes",
        ValueShape.TextList => "one or more texts in double quotes, separated by commas",
        ValueShape.Reference => "the id of a person, organisation or group",
        ValueShape.Word => "a word",
        ValueShape.Date => "a full date like 2016-10-06, or a date-time with its offset like 2016-10-06T14:05+03:00",
        ValueShape.When => "a date (2016-10-06, 2016-10 or 2016), a weekday (thursday), `between 2016-01-01 and 2016-06-30` (two full dates), or a phrase in double quotes",
        ValueShape.Source => "`direct`, or the id of whoever relayed the claim, optionally followed by `via <id>`",
        ValueShape.Audience => "the id of a person, organisation or group, or words in double quotes",
        ValueShape.Verdict => "a rating (true, mostly-true, half-true, mostly-false, false, pants-on-fire, misleading, unproven or unverified), optionally followed by the explanation in double quotes",
        _ => "nothing, or a reason in double quotes",
    };

    private static string Article(BlockKind kind) => kind switch
    {
        BlockKind.Article => "an article",
        BlockKind.Org => "an org",
        BlockKind.Import => "an import",
        BlockKind.Unknown => "this",
        _ => "a " + Keywords.NameOf(kind),
    };

    private static string ListOf(IEnumerable<KeywordSpec> keywords) => string.Join(", ", keywords.Select(k => k.Name));

    /// <summary>"claim", "person or org", "article, person, org, group or claim".</summary>
    private static string Either(IEnumerable<string> words)
    {
        var list = words.ToList();
        return list.Count <= 1 ? string.Concat(list) : string.Join(", ", list.Take(list.Count - 1)) + " or " + list[list.Count - 1];
    }
}
