using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Text;
using Sprache;

namespace ClaimDsl.Syntax;

/// <summary>
/// The grammar of a line's value, one Sprache parser per <see cref="ValueShape"/>, built from
/// the <see cref="Lexemes"/>. The line structure around it (indent, keyword, comment) is read by
/// <see cref="ClaimParser"/>, which also recovers from errors line by line.
/// </summary>
internal static class Grammar
{
    public static readonly Parser<TextValue> Text =
        Lexemes.QuotedString.Select(token => new TextValue(ImmutableArray.Create(token), token.Span));

    public static readonly Parser<TextListValue> TextList =
        from items in Text.DelimitedBy(Lexemes.Comma)
        let list = items.ToImmutableArray()
        select new TextListValue(list, Join(list[0].Span, list[list.Length - 1].Span));

    public static readonly Parser<HeaderValue> Id =
        Lexemes.Word.Select(id => new HeaderValue(id, null, id.Span));

    public static readonly Parser<HeaderValue> IdAndName =
        from id in Lexemes.Word
        from gap in Lexemes.Gap
        from name in Text
        select new HeaderValue(id, name, Join(id.Span, name.Span));

    public static readonly Parser<WhenValue> When =
        (from between in Lexemes.Literal("between")
         from gap1 in Lexemes.Gap
         from start in Lexemes.Date
         from gap2 in Lexemes.Gap
         from and in Lexemes.Literal("and")
         from gap3 in Lexemes.Gap
         from end in Lexemes.Date
         select (WhenValue)new WhenBetween(start, end, Join(between.Span, end.Span)))
        .XOr(Lexemes.Date.Select(date => (WhenValue)new WhenDate(date, date.Span)))
        .XOr(Lexemes.Word.Select(day => (WhenValue)new WhenWeekday(day, day.Span)))
        .XOr(Text.Select(phrase => (WhenValue)new WhenVague(phrase, phrase.Span)));

    public static readonly Parser<SourceValue> Source =
        Lexemes.Literal("direct").Select(direct => new SourceValue(true, ImmutableArray<NameValue>.Empty, direct.Span))
        .XOr(from first in Lexemes.Word
             // Once ` via` is read the next id is required (XMany): `source npa via` is reported
             // as missing its id, not as an unexpected `via`.
             from rest in (from via in Lexemes.Via
                           from gap in Lexemes.Gap
                           from next in Lexemes.Word
                           select next).XMany()
             let chain = ImmutableArray.Create(first).AddRange(rest)
             select new SourceValue(false, chain, Join(first.Span, chain[chain.Length - 1].Span)));

    public static readonly Parser<AudienceValue> Audience =
        Lexemes.Word.Select(entity => new AudienceValue(entity, null, entity.Span))
        .XOr(Text.Select(words => new AudienceValue(null, words, words.Span)));

    public static readonly Parser<VerdictValue> Verdict =
        from rating in Lexemes.Word
        from explanation in (from gap in Lexemes.Gap from text in Text select text).Optional()
        let why = explanation.GetOrDefault()
        select new VerdictValue(rating, why, why is null ? rating.Span : Join(rating.Span, why.Span));

    /// <summary>The parser for the value after a keyword, including the space before it.</summary>
    public static Parser<SyntaxValue?> ValueOf(ValueShape shape) => shape switch
    {
        ValueShape.Id => AfterGap(Id),
        ValueShape.IdAndName => AfterGap(IdAndName),
        ValueShape.Text => AfterGap(Text),
        ValueShape.TextList => AfterGap(TextList),
        ValueShape.Reference or ValueShape.Word => AfterGap(Lexemes.Word),
        ValueShape.Date => AfterGap(Lexemes.Date),
        ValueShape.When => AfterGap(When),
        ValueShape.Source => AfterGap(Source),
        ValueShape.Audience => AfterGap(Audience),
        ValueShape.Verdict => AfterGap(Verdict),
        _ => (from gap in Lexemes.Gap
              from reason in Text
              select (SyntaxValue?)new UnnamedValue(reason, reason.Span))
             .Or(input => Result.Success<SyntaxValue?>(new UnnamedValue(null, ((LineInput)input).Text.Span(input.Position, 0)), input)),
    };

    /// <summary>What may end a line: spaces, then a comment, then the end.</summary>
    public static readonly Parser<string?> Trailing =
        from gap in Lexemes.OptionalGap
        from comment in Lexemes.Comment.Optional()
        from end in Lexemes.EndOfLine
        select comment.GetOrDefault();

    private static Parser<SyntaxValue?> AfterGap<T>(Parser<T> value) where T : SyntaxValue =>
        from gap in Lexemes.Gap
        from v in value
        select (SyntaxValue?)v;

    private static SourceSpan Join(SourceSpan first, SourceSpan last) =>
        new(first.Start, last.End - first.Start, first.StartLine, first.StartColumn, last.EndLine, last.EndColumn);
}
