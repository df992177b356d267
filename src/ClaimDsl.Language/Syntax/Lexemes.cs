using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ClaimDsl.Text;
using Sprache;

namespace ClaimDsl.Syntax;

/// <summary>
/// The smallest pieces of the language, written as Sprache parsers that scan the source string
/// directly and jump over what they read in one step. Sprache's per-character combinators
/// allocate an input and a closure for each character; these do not, and they are where the
/// grammar spends most of its time.
/// </summary>
internal static class Lexemes
{
    /// <summary>
    /// Spaces and tabs, at least one. Invisible characters count as space: rule CLM005 reports
    /// each of them, and reading past them spares the writer a second, baffling error about a
    /// character they cannot see.
    /// </summary>
    public static readonly Parser<int> Gap = input =>
    {
        var line = (LineInput)input;
        int i = line.Position;
        string s = line.Source;
        while (i < line.End && IsBlank(s[i])) i++;
        return i > line.Position
            ? Result.Success(i - line.Position, line.At(i))
            : Result.Failure<int>(input, "expected a space", new[] { "a space" });
    };

    /// <summary>Spaces and tabs, possibly none.</summary>
    public static readonly Parser<int> OptionalGap = Gap.Or(Parse.Return(0));

    /// <summary>
    /// An identifier or keyword: a letter or <c>_</c>, then letters, digits, <c>_</c> or <c>-</c>.
    /// Invisible characters inside it (reported by CLM005) are left out of the name, so the
    /// name is what the writer sees.
    /// </summary>
    public static readonly Parser<NameValue> Word = input =>
    {
        var line = (LineInput)input;
        string s = line.Source;
        int start = line.Position, i = start;
        if (i >= line.End || !IsWordStart(s[i]))
            return Result.Failure<NameValue>(input, "expected a name", new[] { "a name" });
        i++;
        bool hidden = false;
        while (i < line.End)
        {
            if (IsWordPart(s[i])) { i++; continue; }
            if (!HiddenCharacters.IsHidden(s[i]) || i + 1 >= line.End || !IsWordPart(s[i + 1])) break;
            hidden = true;
            i++;
        }
        string name = s.Substring(start, i - start);
        if (hidden) name = new string(name.Where(c => !HiddenCharacters.IsHidden(c)).ToArray());
        return Result.Success(new NameValue(name, line.Text.Span(start, i - start)), line.At(i));
    };

    /// <summary>A specific bare word, e.g. <c>via</c> or <c>direct</c>.</summary>
    public static Parser<NameValue> Literal(string word) => input =>
    {
        var result = Word(input);
        return result.WasSuccessful && result.Value.Name == word
            ? result
            : Result.Failure<NameValue>(input, $"expected '{word}'", new[] { word });
    };

    /// <summary>
    /// The word <c>via</c> after spaces, as one step: without it, nothing is consumed (so a
    /// comment or the end of the line may follow a relay chain).
    /// </summary>
    public static readonly Parser<NameValue> Via = input =>
    {
        var gap = Gap(input);
        var via = gap.WasSuccessful ? Literal("via")(gap.Remainder) : null;
        return via is { WasSuccessful: true } ? via : Result.Failure<NameValue>(input, "expected 'via'", new[] { "via" });
    };

    /// <summary>
    /// A quoted string. It never fails once it has seen the opening quote: a string that reaches
    /// the end of its line, or holds an unknown escape, is returned with its problems so the
    /// parser can report them precisely and go on.
    /// </summary>
    public static readonly Parser<StringToken> QuotedString = input =>
    {
        var line = (LineInput)input;
        string s = line.Source;
        int start = line.Position;
        if (start >= line.End || s[start] != '"')
            return Result.Failure<StringToken>(input, "expected a text in double quotes", new[] { "a text in \"double quotes\"" });

        List<(SourceSpan, string)>? problems = null;
        StringBuilder? value = null;
        int i = start + 1, runStart = i;
        while (i < line.End && s[i] != '"')
        {
            if (s[i] != '\\') { i++; continue; }
            value ??= new StringBuilder();
            value.Append(s, runStart, i - runStart);
            int escapeLength = ReadEscape(s, i, line.End, value, out string? problem);
            if (problem is not null)
                (problems ??= new List<(SourceSpan, string)>()).Add((line.Text.Span(i, escapeLength), problem));
            i += escapeLength;
            runStart = i;
        }

        bool terminated = i < line.End;
        string text = value is null ? s.Substring(start + 1, i - start - 1) : value.Append(s, runStart, i - runStart).ToString();
        int end = terminated ? i + 1 : i;
        var badEscapes = problems is null ? ImmutableArray<(SourceSpan, string)>.Empty : problems.ToImmutableArray();
        var token = new StringToken(s.Substring(start, end - start), text, line.Text.Span(start, end - start), terminated, badEscapes);
        return Result.Success(token, line.At(end));
    };

    /// <summary>
    /// A date, month, year or date-time: <c>2016-10-06</c>, <c>2016-10</c>, <c>2016</c>,
    /// <c>2016-10-06T14:05+03:00</c>, <c>2016-10-06T14:05:30Z</c>. Ranges of the numbers are a
    /// rule's business, not the grammar's.
    /// </summary>
    public static readonly Parser<DateValue> Date = input =>
    {
        var line = (LineInput)input;
        string s = line.Source;
        int start = line.Position, i = start, end = line.End;
        if (!Digits(s, ref i, end, 4))
            return Result.Failure<DateValue>(input, "expected a date like 2016-10-06", new[] { "a date like 2016-10-06" });
        int year = Number(s, start, 4);
        int? month = null, day = null, hour = null, minute = null, second = null, offset = null;
        if (At(s, i, end, '-'))
        {
            int m = i + 1;
            if (!Digits(s, ref m, end, 2)) return Fail(input, i);
            month = Number(s, i + 1, 2);
            i = m;
            if (At(s, i, end, '-'))
            {
                int d = i + 1;
                if (!Digits(s, ref d, end, 2)) return Fail(input, i);
                day = Number(s, i + 1, 2);
                i = d;
                if (At(s, i, end, 'T'))
                {
                    int t = i + 1;
                    if (!Digits(s, ref t, end, 2) || !At(s, t, end, ':')) return Fail(input, i);
                    hour = Number(s, i + 1, 2);
                    int mm = t + 1;
                    if (!Digits(s, ref mm, end, 2)) return Fail(input, t);
                    minute = Number(s, t + 1, 2);
                    i = mm;
                    if (At(s, i, end, ':'))
                    {
                        int ss = i + 1;
                        if (!Digits(s, ref ss, end, 2)) return Fail(input, i);
                        second = Number(s, i + 1, 2);
                        i = ss;
                    }
                    if (At(s, i, end, 'Z')) { offset = 0; i++; }
                    else if (At(s, i, end, '+') || At(s, i, end, '-'))
                    {
                        int sign = s[i] == '-' ? -1 : 1;
                        int oh = i + 1;
                        if (!Digits(s, ref oh, end, 2) || !At(s, oh, end, ':')) return Fail(input, i);
                        int om = oh + 1;
                        if (!Digits(s, ref om, end, 2)) return Fail(input, i);
                        offset = sign * (Number(s, i + 1, 2) * 60 + Number(s, oh + 1, 2));
                        i = om;
                    }
                }
            }
        }
        if (i < end && IsWordPart(s[i])) return Fail(input, i);
        var text = s.Substring(start, i - start);
        return Result.Success(new DateValue(year, month, day, hour, minute, second, offset, text, line.Text.Span(start, i - start)), line.At(i));
    };

    /// <summary>A comma between list items, with optional spaces around it.</summary>
    public static readonly Parser<char> Comma =
        from leading in OptionalGap
        from comma in Parse.Char(',')
        from trailing in OptionalGap
        select comma;

    /// <summary>A comment: <c>#</c> to the end of the line.</summary>
    public static readonly Parser<string> Comment = input =>
    {
        var line = (LineInput)input;
        if (line.AtEnd || line.Source[line.Position] != '#')
            return Result.Failure<string>(input, "expected a comment", new[] { "a comment" });
        return Result.Success(line.Source.Substring(line.Position, line.End - line.Position), line.At(line.End));
    };

    /// <summary>The end of the line.</summary>
    public static readonly Parser<int> EndOfLine = input => input.AtEnd
        ? Result.Success(0, input)
        : Result.Failure<int>(input, "expected the end of the line", new[] { "the end of the line" });

    /// <summary>A space or tab, or an invisible character (see <see cref="Gap"/>).</summary>
    public static bool IsBlank(char c) => c == ' ' || c == '\t' || HiddenCharacters.IsHidden(c);

    public static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-';

    private static IResult<DateValue> Fail(IInput input, int at) =>
        Result.Failure<DateValue>(((LineInput)input).At(at), "expected a date like 2016-10-06", new[] { "a date like 2016-10-06" });

    private static bool At(string s, int i, int end, char c) => i < end && s[i] == c;

    private static bool Digits(string s, ref int i, int end, int count)
    {
        for (int k = 0; k < count; k++)
            if (i + k >= end || s[i + k] < '0' || s[i + k] > '9') return false;
        i += count;
        return true;
    }

    private static int Number(string s, int start, int count)
    {
        int n = 0;
        for (int k = 0; k < count; k++) n = n * 10 + (s[start + k] - '0');
        return n;
    }

    /// <summary>Reads the escape at <paramref name="i"/> into <paramref name="value"/>; returns its length.</summary>
    private static int ReadEscape(string s, int i, int end, StringBuilder value, out string? problem)
    {
        problem = null;
        if (i + 1 >= end)
        {
            // The text is unterminated too; that error says what to do about the backslash.
            value.Append('\\');
            return 1;
        }
        char next = s[i + 1];
        switch (next)
        {
            case '"': value.Append('"'); return 2;
            case '\\': value.Append('\\'); return 2;
            case 'n': value.Append('\n'); return 2;
            case 't': value.Append('\t'); return 2;
            case 'u':
                int code = 0, k = 0;
                for (; k < 4 && i + 2 + k < end; k++)
                {
                    int digit = HexValue(s[i + 2 + k]);
                    if (digit < 0) break;
                    code = code * 16 + digit;
                }
                if (k == 4) { value.Append((char)code); return 6; }
                problem = "\\u must be followed by exactly four hexadecimal digits, like \\u00e9.";
                value.Append(s, i, 2 + k);
                return 2 + k;
            default:
                problem = $"\\{next} is not an escape this language knows. Use \\\" \\\\ \\n \\t or \\uXXXX; to write a backslash, type it twice: \\\\.";
                value.Append('\\').Append(next);
                return 2;
        }
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
