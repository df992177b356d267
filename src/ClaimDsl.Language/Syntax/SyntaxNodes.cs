using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Text;

namespace ClaimDsl.Syntax;

/// <summary>The kinds of block; each starts with its top-level keyword.</summary>
public enum BlockKind
{
    Article,
    Person,
    Org,
    Group,
    Claim,
    Import,
    /// <summary>A block whose first line was not understood; its lines are kept but not bound.</summary>
    Unknown,
}

/// <summary>
/// One quoted string: <see cref="Value"/> is the text it means, <see cref="Raw"/> the string
/// exactly as written, quotes and escapes included. <see cref="BadEscapes"/> lists escapes the
/// language does not know (each with the advice to give); a string that reached the end of its
/// line has <see cref="IsTerminated"/> false.
/// </summary>
public sealed record StringToken(string Value, SourceSpan Span, bool IsTerminated, ImmutableArray<(SourceSpan Span, string Advice)> BadEscapes)
{
    /// <summary>The file the string was read from; the raw text is cut from it only when asked for.</summary>
    internal SourceText? Source { get; init; }

    /// <summary>The string exactly as written in the file, quotes and escapes included.</summary>
    public string Raw => Source is null ? StringLiterals.Quote(Value) : Source.Text.Substring(Span.Start, Span.Length);
}

/// <summary>The value part of a line (everything after the keyword), as the grammar read it.</summary>
public abstract record SyntaxValue(SourceSpan Span)
{
    /// <summary>Every quoted string of a value, continuation pieces included, in the order written.</summary>
    public static IEnumerable<StringToken> StringTokensOf(SyntaxValue? value) =>
        value is TextListValue list ? list.Items.SelectMany(i => i.Pieces)
        : TextOf(value) is { } text ? text.Pieces
        : Enumerable.Empty<StringToken>();

    /// <summary>The text of a value that holds at most one (every kind but a list): a name in quotes, a phrase, a reason...</summary>
    internal static TextValue? TextOf(SyntaxValue? value) => value switch
    {
        TextValue t => t,
        HeaderValue h => h.Name,
        WhenVague w => w.Phrase,
        AudienceValue a => a.Text,
        VerdictValue v => v.Explanation,
        UnnamedValue u => u.Reason,
        _ => null,
    };
}

/// <summary>A text: one quoted string, possibly continued by string-only lines below it.</summary>
public sealed record TextValue : SyntaxValue
{
    // Nearly every text is made of strings that are closed and have no unknown escape. Such a
    // text keeps no token per piece (they are read again from the file when asked for): on a
    // large file the collector's work on the tree, which lives until it is bound, was most of
    // the parse, and a text continued over several lines kept each line's string as well as the
    // joined one, which doubled the largest part of the tree. Only a text with a problem to
    // report keeps its tokens.
    private readonly ImmutableArray<StringToken> _pieces;

    // For a text without problems: the file (one string), or the file and the strings' places
    // (a text continued over several lines).
    private readonly object? _clean;

    /// <summary>A text of the given pieces (several when continued on the lines below).</summary>
    public TextValue(ImmutableArray<StringToken> pieces, SourceSpan span) : base(span)
    {
        _pieces = pieces;
        Value = pieces.Length == 1 ? pieces[0].Value : string.Join(" ", pieces.Select(p => p.Value));
        IsBlank = string.IsNullOrWhiteSpace(Value);
    }

    /// <summary>A text of one string that is closed and has no unknown escape, read from <paramref name="source"/>.</summary>
    internal TextValue(string value, SourceSpan span, SourceText source) : this(value, span, (object)source)
    {
    }

    private TextValue(string value, SourceSpan span, object clean) : base(span)
    {
        _clean = clean;
        Value = value;
        IsBlank = string.IsNullOrWhiteSpace(value);
    }

    /// <summary>The quoted strings of the text, in the order written.</summary>
    public ImmutableArray<StringToken> Pieces => _clean switch
    {
        SourceText source => ImmutableArray.Create(new StringToken(Value, Span, true, ImmutableArray<(SourceSpan, string)>.Empty) { Source = source }),
        ContinuedText continued => Lexemes.ReadStrings(continued.Source, continued.Spans),
        _ => _pieces,
    };

    /// <summary>Whether every string of the text is closed and has no unknown escape (no token kept).</summary>
    internal bool IsPlain => _clean is not null;

    /// <summary>The text with <paramref name="pieces"/>, read from the lines below it, added at its end.</summary>
    internal TextValue ContinuedBy(IReadOnlyList<StringToken> pieces)
    {
        var span = SourceSpan.Through(Span, pieces[pieces.Count - 1].Span);
        var source = _clean switch { SourceText s => s, ContinuedText c => c.Source, _ => null };
        if (source is null || !pieces.All(p => p.IsTerminated && p.BadEscapes.IsDefaultOrEmpty))
            return new TextValue(Pieces.AddRange(pieces), span);

        var earlier = _clean as ContinuedText;
        var spans = ImmutableArray.CreateBuilder<SourceSpan>((earlier?.Spans.Length ?? 1) + pieces.Count);
        if (earlier is null) spans.Add(Span);
        else spans.AddRange(earlier.Spans);
        var values = new string[pieces.Count + 1];
        values[0] = Value;
        for (int i = 0; i < pieces.Count; i++)
        {
            spans.Add(pieces[i].Span);
            values[i + 1] = pieces[i].Value;
        }
        return new TextValue(string.Join(" ", values), span, new ContinuedText(source, spans.MoveToImmutable()));
    }

    /// <summary>The pieces joined with one space (joined once, when the value is made: it is read many times).</summary>
    public string Value { get; }

    /// <summary>
    /// Whether the text is empty or only white space. Worked out once, while the text is at hand:
    /// the binder and the rules ask it of every text, and reading every string of a large file
    /// again cost them more than the rest of their checks.
    /// </summary>
    public bool IsBlank { get; }

    /// <summary>Where the strings of a text without problems, continued over several lines, stand in its file.</summary>
    private sealed record ContinuedText(SourceText Source, ImmutableArray<SourceSpan> Spans);
}

/// <summary>A comma-separated list of texts (<c>byline</c>, <c>tag</c>).</summary>
public sealed record TextListValue(ImmutableArray<TextValue> Items, SourceSpan Span) : SyntaxValue(Span);

/// <summary>An identifier or a bare word (a reference, a kind, a rating, a weekday).</summary>
public sealed record NameValue(string Name, SourceSpan Span) : SyntaxValue(Span);

/// <summary>The value of a block's first line: its id and, for entities, the name in quotes.</summary>
public sealed record HeaderValue(NameValue Id, TextValue? Name, SourceSpan Span) : SyntaxValue(Span);

/// <summary>
/// A date or date-time as written (<c>2016</c>, <c>2016-10</c>, <c>2016-10-06</c>,
/// <c>2016-10-06T14:05+03:00</c>). The numbers are not checked here: an impossible date is a
/// rule's finding, with its position.
/// </summary>
public sealed record DateValue(int Year, int? Month, int? Day, int? Hour, int? Minute, int? Second, int? OffsetMinutes, string Text, SourceSpan Span) : SyntaxValue(Span)
{
    public bool HasTime => Hour is not null;
}

/// <summary>The value of an <c>on</c> line.</summary>
public abstract record WhenValue(SourceSpan Span) : SyntaxValue(Span);

/// <summary><c>on 2016-10-06</c>, <c>on 2016-10</c>, <c>on 2016</c>.</summary>
public sealed record WhenDate(DateValue Date, SourceSpan Span) : WhenValue(Span);

/// <summary><c>on thursday</c>.</summary>
public sealed record WhenWeekday(NameValue Weekday, SourceSpan Span) : WhenValue(Span);

/// <summary><c>on between 2016-01-01 and 2016-06-30</c>.</summary>
public sealed record WhenBetween(DateValue From, DateValue To, SourceSpan Span) : WhenValue(Span);

/// <summary><c>on "earlier this year"</c>.</summary>
public sealed record WhenVague(TextValue Phrase, SourceSpan Span) : WhenValue(Span);

/// <summary><c>source direct</c>, or <c>source tass via interfax</c> (a relay chain).</summary>
public sealed record SourceValue(bool IsDirect, ImmutableArray<NameValue> Chain, SourceSpan Span) : SyntaxValue(Span);

/// <summary><c>to reporters</c> (an entity) or <c>to "reporters"</c> (words).</summary>
public sealed record AudienceValue(NameValue? Entity, TextValue? Text, SourceSpan Span) : SyntaxValue(Span);

/// <summary><c>verdict false "explanation"</c>.</summary>
public sealed record VerdictValue(NameValue Rating, TextValue? Explanation, SourceSpan Span) : SyntaxValue(Span);

/// <summary><c>unnamed</c> or <c>unnamed "reason"</c>.</summary>
public sealed record UnnamedValue(TextValue? Reason, SourceSpan Span) : SyntaxValue(Span);

/// <summary>What a physical line holds.</summary>
public enum LineKind
{
    /// <summary>A keyword and its value.</summary>
    Keyword,
    /// <summary>Only a comment.</summary>
    Comment,
    /// <summary>Nothing but white space.</summary>
    Blank,
    /// <summary>A line that could not be read; a diagnostic says why.</summary>
    Error,
}

/// <summary>
/// One line of a file. A keyword line carries its value; continuation lines are folded into the
/// text of the line they continue, and are listed in <see cref="ContinuationLines"/>. An error
/// line that starts with a word that is not a keyword keeps that word in <see cref="Keyword"/>
/// (and, for a misspelt block keyword such as <c>persn</c>, the value read as if it were spelt right).
/// </summary>
public sealed record SyntaxLine(
    LineKind Kind,
    string Keyword,
    SourceSpan KeywordSpan,
    SyntaxValue? Value,
    string? Comment,
    SourceSpan Span,
    ImmutableArray<SourceSpan> ContinuationLines)
{
    // A file keeps a line object for each of its lines, so the object is kept small: a whole
    // span is 24 bytes, but a line's span is one whole line (column 1 to its end) and its
    // keyword is on that line, so an offset, a length and the line number give both.
    private readonly int _start = LineShaped(Span).Start, _length = Span.Length, _line = Span.StartLine;
    private readonly int _keywordStart = KeywordSpan.Start, _keywordLength = KeywordSpan.Length;

    /// <summary>The line: from its first character to its end, without the line break (continuation lines are in <see cref="ContinuationLines"/>).</summary>
    public SourceSpan Span => new(_start, _length, _line, 1, _line, _length + 1);

    /// <summary>Where the keyword is (for a line without one, an empty span at the line's start).</summary>
    public SourceSpan KeywordSpan
    {
        get
        {
            int column = 1 + _keywordStart - _start;
            return new(_keywordStart, _keywordLength, _line, column, _line, column + _keywordLength);
        }
    }

    private static SourceSpan LineShaped(SourceSpan span) =>
        span.StartColumn == 1 && span.EndLine == span.StartLine && span.EndColumn == span.Length + 1
            ? span
            : throw new System.ArgumentException($"A line's span covers one line from its first column; {span} does not.", nameof(Span));

    /// <summary>Whether continuation lines can add to this value: whether it ends in a text.</summary>
    internal static bool CanContinue(SyntaxValue? value) =>
        value is TextListValue list ? list.Items.Length > 0 : SyntaxValue.TextOf(value) is not null;

    /// <summary>The line with continuation pieces folded into its value (which <see cref="CanContinue"/> must allow).</summary>
    internal SyntaxLine Continue(IReadOnlyList<StringToken> pieces, IReadOnlyList<SourceSpan> lineSpans) =>
        this with { Value = ContinueValue(Value!, pieces), ContinuationLines = ContinuationLines.AddRange(lineSpans) };

    // A continued value's span runs to the end of its last piece, so that a diagnostic about a
    // text written over several lines covers all of it.
    private static SyntaxValue ContinueValue(SyntaxValue value, IReadOnlyList<StringToken> pieces)
    {
        var last = pieces[pieces.Count - 1].Span;
        return value switch
        {
            TextValue t => t.ContinuedBy(pieces),
            TextListValue l => l with { Items = l.Items.SetItem(l.Items.Length - 1, l.Items[l.Items.Length - 1].ContinuedBy(pieces)), Span = SourceSpan.Through(l.Span, last) },
            HeaderValue { Name: { } n } h => h with { Name = n.ContinuedBy(pieces), Span = SourceSpan.Through(h.Span, last) },
            WhenVague w => w with { Phrase = w.Phrase.ContinuedBy(pieces), Span = SourceSpan.Through(w.Span, last) },
            AudienceValue { Text: { } t } a => a with { Text = t.ContinuedBy(pieces), Span = SourceSpan.Through(a.Span, last) },
            VerdictValue { Explanation: { } e } v => v with { Explanation = e.ContinuedBy(pieces), Span = SourceSpan.Through(v.Span, last) },
            UnnamedValue { Reason: { } r } u => u with { Reason = r.ContinuedBy(pieces), Span = SourceSpan.Through(u.Span, last) },
            _ => throw new System.InvalidOperationException("CanContinue allows only values that end in a text."),
        };
    }
}

/// <summary>A block: its first line (the header) and the lines below it up to the next block.</summary>
public sealed record SyntaxBlock(BlockKind Kind, SyntaxLine Header, ImmutableArray<SyntaxLine> Lines, SourceSpan Span)
{
    /// <summary>The id in the header, when it could be read.</summary>
    public NameValue? Id => (Header.Value as HeaderValue)?.Id;

    /// <summary>The entity's name in quotes, for person, org and group blocks.</summary>
    public TextValue? Name => (Header.Value as HeaderValue)?.Name;

    /// <summary>The first line with this keyword, if any.</summary>
    public SyntaxLine? Line(string keyword)
    {
        foreach (var line in Lines)
            if (line.Kind == LineKind.Keyword && line.Keyword == keyword) return line;
        return null;
    }

    /// <summary>Every line with this keyword, in file order.</summary>
    public IEnumerable<SyntaxLine> LinesOf(string keyword)
    {
        foreach (var line in Lines)
            if (line.Kind == LineKind.Keyword && line.Keyword == keyword) yield return line;
    }

    /// <summary>The value of the first line with this keyword, if it has the expected shape.</summary>
    public T? Value<T>(string keyword) where T : SyntaxValue => Line(keyword)?.Value as T;

    /// <summary>
    /// Whether a line of this block that could not be read starts with a misspelling of
    /// <paramref name="keyword"/> (<c>sayz</c> for <c>says</c>). Rules that miss that keyword
    /// then stay quiet: the parser has reported the line, and the keyword is most likely there.
    /// </summary>
    public bool HasMisspelt(string keyword) =>
        Lines.Any(l => l.Kind == LineKind.Error && l.Keyword.Length > 0
            && Text.Suggestions.Closest(l.Keyword, Keywords.All.Select(k => k.Name)) == keyword);
}

/// <summary>A parsed file: the lines before the first block, then the blocks.</summary>
public sealed record SyntaxTree(SourceText Source, ImmutableArray<SyntaxLine> LeadingLines, ImmutableArray<SyntaxBlock> Blocks, ImmutableArray<Diagnostics.ClaimDiagnostic> Diagnostics)
{
    public string Path => Source.Path;
}
