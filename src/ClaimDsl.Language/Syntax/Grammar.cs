using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Text;
using Sprache;

namespace ClaimDsl.Syntax;

/// <summary>
/// The grammar of a line's value: one Sprache parser per <see cref="ValueShape"/>. Each looks at
/// the first character to choose its form (a digit starts a date, a quote a text, a letter a
/// name), so no alternative is tried and thrown away; see <see cref="Lexemes"/> for why the
/// pieces scan the line directly. The line around the value (indent, keyword, comment) is read
/// by <see cref="ClaimParser"/>, which also recovers from errors line by line.
/// </summary>
internal static class Grammar
{
    private static readonly string[] ExpectValue = { "a value" };

    /// <summary>Reads one form of value at an offset; on failure, <c>next</c> is where it went wrong.</summary>
    private delegate bool Scanner(LineInput line, int at, out SyntaxValue? value, out int next);

    private static readonly Parser<SyntaxValue?>[] ValueParsers =
        ((ValueShape[])System.Enum.GetValues(typeof(ValueShape))).Select(Build).ToArray();

    /// <summary>The parser for the value after a keyword, including the space before it.</summary>
    public static Parser<SyntaxValue?> ValueOf(ValueShape shape) => ValueParsers[(int)shape];

    /// <summary>
    /// What may end a line: spaces, then a comment, then the end. Returns false, with the offset
    /// of the unexpected text, when something else follows.
    /// </summary>
    public static bool TryTrailing(LineInput line, int at, out string? comment, out int failAt)
    {
        int i = Lexemes.SkipSpaces(line, at);
        comment = null;
        failAt = i;
        if (i < line.End && line.Source[i] == '#') { comment = line.Source.Substring(i, line.End - i); return true; }
        return i >= line.End;
    }

    private static Parser<SyntaxValue?> Build(ValueShape shape) => shape switch
    {
        ValueShape.Id => AfterGap(Id),
        ValueShape.IdAndName => AfterGap(IdAndName),
        ValueShape.Text => AfterGap(Text),
        ValueShape.TextList => AfterGap(TextList),
        ValueShape.Reference or ValueShape.Word => AfterGap(Name),
        ValueShape.Date => AfterGap(FullDate),
        ValueShape.When => AfterGap(When),
        ValueShape.Source => AfterGap(Source),
        ValueShape.Audience => AfterGap(Audience),
        ValueShape.Verdict => AfterGap(Verdict),
        _ => OptionalReason,
    };

    /// <summary>A value that must be separated from its keyword by at least one space.</summary>
    private static Parser<SyntaxValue?> AfterGap(Scanner scan) => input =>
    {
        var line = (LineInput)input;
        int at = Lexemes.SkipSpaces(line, line.Position);
        if (at == line.Position) return Result.Failure<SyntaxValue?>(input, "expected a space", ExpectValue);
        return scan(line, at, out var value, out int next)
            ? Result.Success(value, line.At(next))
            : Result.Failure<SyntaxValue?>(line.At(next), "expected a value", ExpectValue);
    };

    /// <summary><c>unnamed</c> takes nothing or a reason in quotes.</summary>
    private static IResult<SyntaxValue?> OptionalReason(IInput input)
    {
        var line = (LineInput)input;
        int at = Lexemes.SkipSpaces(line, line.Position);
        if (at > line.Position && Text(line, at, out var reason, out int next))
            return Result.Success<SyntaxValue?>(new UnnamedValue((TextValue)reason!, reason!.Span), line.At(next));
        return Result.Success<SyntaxValue?>(new UnnamedValue(null, line.Span(line.Position, line.Position)), input);
    }

    private static bool Name(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        bool ok = Lexemes.TryWord(line, at, out var word);
        value = ok ? word : null;
        next = ok ? word.Span.End : at;
        return ok;
    }

    private static bool Text(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        bool ok = Lexemes.TryText(line, at, out var text);
        value = ok ? text : null;
        next = ok ? text.Span.End : at;
        return ok;
    }

    private static bool Date(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        bool ok = Lexemes.TryDate(line, at, out var date, out next);
        value = ok ? date : null;
        return ok;
    }

    /// <summary>
    /// A date with its day, possibly with a time: what <c>published</c> and <c>between</c> need.
    /// A month or year alone would leave them nothing to count from, so it is an error here
    /// rather than a value the model has to drop.
    /// </summary>
    private static bool FullDate(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        bool ok = Lexemes.TryDate(line, at, out var date, out next) && date.Day is not null;
        value = ok ? date : null;
        if (!ok && date is not null) next = at;
        return ok;
    }

    private static bool Id(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        bool ok = Name(line, at, out var id, out next);
        value = ok ? new HeaderValue((NameValue)id!, null, id!.Span) : null;
        return ok;
    }

    private static bool IdAndName(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        value = null;
        if (!Lexemes.TryWord(line, at, out var id)) { next = at; return false; }
        next = Lexemes.SkipSpaces(line, id.Span.End);
        if (next == id.Span.End || !Text(line, next, out var name, out next)) return false;
        value = new HeaderValue(id, (TextValue)name!, SourceSpan.Through(id.Span, name!.Span));
        return true;
    }

    private static bool TextList(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        value = null;
        if (!Text(line, at, out var first, out next)) return false;
        // Most lists hold one text: it gets an array of one, without a builder to fill.
        ImmutableArray<TextValue>.Builder? more = null;
        while (true)
        {
            int comma = Lexemes.SkipSpaces(line, next);
            if (comma >= line.End || line.Source[comma] != ',') break;
            int item = Lexemes.SkipSpaces(line, comma + 1);
            if (!Text(line, item, out var text, out next)) return false;
            if (more is null) { more = ImmutableArray.CreateBuilder<TextValue>(); more.Add((TextValue)first!); }
            more.Add((TextValue)text!);
        }
        var list = more?.ToImmutable() ?? ImmutableArray.Create((TextValue)first!);
        value = new TextListValue(list, SourceSpan.Through(list[0].Span, list[list.Length - 1].Span));
        return true;
    }

    /// <summary><c>on</c>: a date (digit first), a phrase (quote first), <c>between … and …</c>, or a weekday.</summary>
    private static bool When(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        value = null;
        next = at;
        if (at >= line.End) return false;
        char c = line.Source[at];
        if (c >= '0' && c <= '9')
        {
            if (!Lexemes.TryDate(line, at, out var date, out next)) return false;
            value = new WhenDate(date, date.Span);
            return true;
        }
        if (c == '"')
        {
            if (!Text(line, at, out var phrase, out next)) return false;
            value = new WhenVague((TextValue)phrase!, phrase!.Span);
            return true;
        }
        if (Lexemes.WordIs(line, at, "between"))
        {
            int from = Lexemes.SkipSpaces(line, at + "between".Length);
            if (!FullDate(line, from, out var start, out next)) return false;
            int and = Lexemes.SkipSpaces(line, start!.Span.End);
            if (and == start.Span.End || !Lexemes.WordIs(line, and, "and")) { next = and; return false; }
            int to = Lexemes.SkipSpaces(line, and + "and".Length);
            if (!FullDate(line, to, out var end, out next)) return false;
            value = new WhenBetween((DateValue)start, (DateValue)end!, line.Span(at, end!.Span.End));
            return true;
        }
        if (!Name(line, at, out var day, out next)) return false;
        value = new WhenWeekday((NameValue)day!, day!.Span);
        return true;
    }

    /// <summary><c>source direct</c>, or a relay chain <c>tass via interfax …</c>.</summary>
    private static bool Source(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        value = null;
        if (!Lexemes.TryWord(line, at, out var first)) { next = at; return false; }
        next = first.Span.End;
        if (first.Name == "direct")
        {
            value = new SourceValue(true, ImmutableArray<NameValue>.Empty, first.Span);
            return true;
        }
        // Most sources name one relay: it gets an array of one, without a builder to fill.
        ImmutableArray<NameValue>.Builder? chain = null;
        while (true)
        {
            int via = Lexemes.SkipSpaces(line, next);
            if (via == next || !Lexemes.WordIs(line, via, "via")) break;
            int relay = Lexemes.SkipSpaces(line, via + "via".Length);
            if (relay == via + "via".Length || !Lexemes.TryWord(line, relay, out var name)) { next = relay; return false; }
            if (chain is null) { chain = ImmutableArray.CreateBuilder<NameValue>(); chain.Add(first); }
            chain.Add(name);
            next = name.Span.End;
        }
        var relays = chain?.ToImmutable() ?? ImmutableArray.Create(first);
        value = new SourceValue(false, relays, SourceSpan.Through(first.Span, relays[relays.Length - 1].Span));
        return true;
    }

    private static bool Audience(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        if (at < line.End && line.Source[at] == '"')
        {
            bool ok = Text(line, at, out var words, out next);
            value = ok ? new AudienceValue(null, (TextValue)words!, words!.Span) : null;
            return ok;
        }
        bool named = Name(line, at, out var entity, out next);
        value = named ? new AudienceValue((NameValue)entity!, null, entity!.Span) : null;
        return named;
    }

    private static bool Verdict(LineInput line, int at, out SyntaxValue? value, out int next)
    {
        value = null;
        if (!Lexemes.TryWord(line, at, out var rating)) { next = at; return false; }
        next = rating.Span.End;
        int quote = Lexemes.SkipSpaces(line, next);
        TextValue? explanation = null;
        if (quote > next && quote < line.End && line.Source[quote] == '"' && Text(line, quote, out var why, out int afterWhy))
        {
            explanation = (TextValue)why!;
            next = afterWhy;
        }
        value = new VerdictValue(rating, explanation, explanation is null ? rating.Span : SourceSpan.Through(rating.Span, explanation.Span));
        return true;
    }
}
