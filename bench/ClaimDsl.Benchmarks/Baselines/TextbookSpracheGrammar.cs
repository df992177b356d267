using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Sprache;

namespace ClaimDsl.Benchmarks.Baselines;

/// <summary>One line of a block: its keyword, the bare words after it (ids, dates, ratings) and its texts.</summary>
public sealed record TextbookLine(string Keyword, IReadOnlyList<string> Words, IReadOnlyList<string> Texts);

/// <summary>A block: its first line, and the keyword lines below it (comments and blank lines dropped).</summary>
public sealed record TextbookBlock(TextbookLine Header, IReadOnlyList<TextbookLine> Lines);

/// <summary>
/// The same language written the way the Sprache documentation and tutorials teach: the whole
/// file parsed in one go with <c>TryParse(string)</c> over Sprache's stock <c>Input</c>,
/// built from per-character combinators (<c>Parse.Char</c>, <c>Many</c>, <c>Or</c>,
/// <c>Text()</c>, LINQ queries). It exists to measure what ClaimDsl's own design (a light
/// line input, scanning primitives, line-by-line recovery) gains over that textbook use. It
/// reads valid files only: unlike ClaimDsl it has no error recovery, and it checks no rules.
/// </summary>
public static class TextbookSpracheGrammar
{
    private static readonly string[] TopLevelKeywords = { "article", "person", "org", "group", "claim", "import" };

    private static readonly Parser<char> SpaceOrTab = Parse.Chars(' ', '\t');

    private static readonly Parser<string> Gap = SpaceOrTab.AtLeastOnce().Text();

    private static readonly Parser<string> Spaces = SpaceOrTab.Many().Text();

    private static readonly Parser<string> Comment =
        from hash in Parse.Char('#')
        from text in Parse.CharExcept("\r\n").Many().Text()
        select text;

    /// <summary>Trailing spaces, an optional comment, and the line break (or the end of the file).</summary>
    private static readonly Parser<string> EndOfLine =
        from spaces in Spaces
        from comment in Comment.Optional()
        from end in Parse.LineTerminator
        select end;

    private static readonly Parser<string> Identifier =
        Parse.Identifier(Parse.Letter.Or(Parse.Char('_')), Parse.LetterOrDigit.Or(Parse.Char('_')).Or(Parse.Char('-')));

    private static readonly Parser<char> UnicodeEscape =
        from u in Parse.Char('u')
        from hex in Parse.Chars("0123456789abcdefABCDEF").Repeat(4).Text()
        select (char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static readonly Parser<char> Escape =
        from backslash in Parse.Char('\\')
        from escaped in Parse.Char('"')
            .Or(Parse.Char('\\'))
            .Or(Parse.Char('n').Return('\n'))
            .Or(Parse.Char('t').Return('\t'))
            .Or(UnicodeEscape)
        select escaped;

    private static readonly Parser<string> QuotedText =
        from open in Parse.Char('"')
        from text in Escape.Or(Parse.CharExcept("\"\\\r\n")).Many().Text()
        from close in Parse.Char('"')
        select text;

    /// <summary>A date, month, year or date-time: a digit, then digits and <c>- : + T Z</c>.</summary>
    private static readonly Parser<string> Date =
        from first in Parse.Digit
        from rest in Parse.Digit.Or(Parse.Chars("-:+TZ")).Many().Text()
        select first + rest;

    private static readonly Parser<TextbookLine> Between =
        from keyword in Parse.String("between").Text()
        from gap1 in Gap
        from start in Date
        from gap2 in Gap
        from and in Parse.String("and")
        from gap3 in Gap
        from end in Date
        select Words(keyword, start, end);

    private static readonly Parser<TextbookLine> When =
        Between
            .Or(Date.Select(date => Words(date)))
            .Or(Identifier.Select(weekday => Words(weekday)))
            .Or(QuotedText.Select(phrase => Texts(phrase)));

    private static readonly Parser<TextbookLine> Source =
        from first in Identifier
        from rest in (from gap1 in Gap
                      from via in Parse.String("via")
                      from gap2 in Gap
                      from next in Identifier
                      select next).Many()
        select new TextbookLine("", new[] { first }.Concat(rest).ToList(), new string[0]);

    private static readonly Parser<TextbookLine> Verdict =
        from rating in Identifier
        from explanation in (from gap in Gap from text in QuotedText select text).Optional()
        select new TextbookLine("", new[] { rating }, explanation.IsDefined ? new[] { explanation.Get() } : new string[0]);

    private static readonly Parser<TextbookLine> TextList =
        from texts in QuotedText.DelimitedBy(from before in Spaces from comma in Parse.Char(',') from after in Spaces select comma)
        select new TextbookLine("", new string[0], texts.ToList());

    private static readonly Parser<TextbookLine> IdAndName =
        from id in Identifier
        from gap in Gap
        from name in QuotedText
        select new TextbookLine("", new[] { id }, new[] { name });

    private static readonly Parser<TextbookLine> Word = Identifier.Select(word => Words(word));

    private static readonly Parser<TextbookLine> TextValue = QuotedText.Select(text => Texts(text));

    /// <summary>The value after each keyword, with the gap before it.</summary>
    private static readonly Dictionary<string, Parser<TextbookLine>> Values = new()
    {
        ["article"] = AfterGap(Word), ["claim"] = AfterGap(Word), ["import"] = AfterGap(TextValue),
        ["person"] = AfterGap(IdAndName), ["org"] = AfterGap(IdAndName), ["group"] = AfterGap(IdAndName),
        ["title"] = AfterGap(TextValue), ["outlet"] = AfterGap(Word), ["published"] = AfterGap(Date.Select(date => Words(date))),
        ["url"] = AfterGap(TextValue), ["byline"] = AfterGap(TextList), ["text"] = AfterGap(TextValue),
        ["role"] = AfterGap(TextValue), ["of"] = AfterGap(Word), ["alias"] = AfterGap(TextValue), ["kind"] = AfterGap(Word),
        ["unnamed"] = AfterGap(TextValue).Or(Parse.Return(Texts())), ["identified-as"] = AfterGap(Word),
        ["by"] = AfterGap(Word), ["says"] = AfterGap(TextValue), ["paraphrase"] = AfterGap(TextValue), ["on"] = AfterGap(When),
        ["at"] = AfterGap(TextValue), ["to"] = AfterGap(Word.Or(TextValue)), ["context"] = AfterGap(TextValue),
        ["source"] = AfterGap(Source), ["verdict"] = AfterGap(Verdict), ["tag"] = AfterGap(TextList),
        ["evidence"] = AfterGap(TextValue), ["note"] = AfterGap(TextValue),
    };

    private static readonly Parser<TextbookLine> UnknownKeyword =
        Parse.Char(_ => false, "a keyword of the language").Select(_ => Texts());

    /// <summary>A line holding only a text: it continues the text of the line above.</summary>
    private static readonly Parser<string> ContinuationLine =
        from indent in Gap
        from text in QuotedText
        from end in EndOfLine
        select text;

    /// <summary>A keyword, its value, the end of the line, and the lines that continue its text.</summary>
    private static Parser<TextbookLine> KeywordLine(Parser<string> keywordParser) =>
        from keyword in keywordParser
        from value in Values.TryGetValue(keyword, out var parser) ? parser : UnknownKeyword
        from end in EndOfLine
        from continuations in ContinuationLine.Many()
        select Continued(keyword, value, continuations.ToList());

    private static readonly Parser<string> TriviaLine =
        (from spaces in Spaces from end in Parse.LineEnd select "")
        .Or(from spaces in Spaces from comment in Comment from end in Parse.LineTerminator select comment);

    private static readonly Parser<TextbookLine?> BodyLine =
        KeywordLine(from indent in Gap from keyword in Identifier select keyword).Select(line => (TextbookLine?)line)
            .Or(TriviaLine.Return((TextbookLine?)null));

    private static readonly Parser<TextbookBlock> Block =
        from header in KeywordLine(Identifier.Where(word => TopLevelKeywords.Contains(word)))
        from lines in BodyLine.Many()
        select new TextbookBlock(header, lines.OfType<TextbookLine>().ToList());

    private static readonly Parser<IReadOnlyList<TextbookBlock>> WholeFile =
        from leading in TriviaLine.Many()
        from blocks in Block.Many().End()
        select (IReadOnlyList<TextbookBlock>)blocks.ToList();

    /// <summary>Parses a whole file; on failure, says where (line and column) and what was expected.</summary>
    public static IResult<IReadOnlyList<TextbookBlock>> ParseFile(string text) => WholeFile.TryParse(text);

    private static Parser<TextbookLine> AfterGap(Parser<TextbookLine> value) =>
        from gap in Gap
        from v in value
        select v;

    private static TextbookLine Continued(string keyword, TextbookLine value, List<string> continuations)
    {
        var texts = value.Texts.ToList();
        if (continuations.Count > 0 && texts.Count > 0) texts[texts.Count - 1] = string.Join(" ", new[] { texts[texts.Count - 1] }.Concat(continuations));
        return new TextbookLine(keyword, value.Words, texts);
    }

    private static TextbookLine Words(params string[] words) => new("", words, new string[0]);

    private static TextbookLine Texts(params string[] texts) => new("", new string[0], texts);
}
