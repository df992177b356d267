using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using ClaimDsl.Text;
using Sprache;

namespace ClaimDsl.Syntax;

/// <summary>
/// The smallest pieces of the language — names, quoted strings, dates — as scanners over the
/// source string and as the Sprache parsers built on them. Sprache's per-character combinators
/// allocate an input, a result and closures for every character; measured on a 10 MB file they
/// made up most of the parser's time and allocation, so the pieces scan the string directly and
/// create objects only for what they return.
/// </summary>
internal static class Lexemes
{
    /// <summary>Texts up to this length are shared through the file's <see cref="NameTable"/>.</summary>
    private const int SharedTextLength = 32;

    private static readonly char[] QuoteOrBackslash = { '"', '\\' };

    private static readonly string[] ExpectName = { "a name" };
    private static readonly string[] ExpectText = { "a text in \"double quotes\"" };
    private static readonly string[] ExpectDate = { "a date like 2016-10-06" };

    /// <summary>An identifier or keyword: a letter or <c>_</c>, then letters, digits, <c>_</c> or <c>-</c>.</summary>
    public static readonly Parser<NameValue> Word = input =>
    {
        var line = (LineInput)input;
        return TryWord(line, line.Position, out var word)
            ? Result.Success(word, line.At(word.Span.End))
            : Result.Failure<NameValue>(input, "expected a name", ExpectName);
    };

    /// <summary>
    /// A quoted string. It never fails once it has seen the opening quote: a string that reaches
    /// the end of its line, or holds an unknown escape, comes back with its problems noted so the
    /// parser can report them precisely and go on.
    /// </summary>
    public static readonly Parser<StringToken> QuotedString = input =>
    {
        var line = (LineInput)input;
        return TryString(line, line.Position, out var token)
            ? Result.Success(token, line.At(token.Span.End))
            : Result.Failure<StringToken>(input, "expected a text in double quotes", ExpectText);
    };

    /// <summary>
    /// A date, month, year or date-time: <c>2016-10-06</c>, <c>2016-10</c>, <c>2016</c>,
    /// <c>2016-10-06T14:05+03:00</c>, <c>2016-10-06T14:05:30Z</c>. Whether the numbers make a
    /// real date is a rule's business, not the grammar's.
    /// </summary>
    public static readonly Parser<DateValue> Date = input =>
    {
        var line = (LineInput)input;
        return TryDate(line, line.Position, out var date, out int failAt)
            ? Result.Success(date, line.At(date.Span.End))
            : Result.Failure<DateValue>(line.At(failAt), "expected a date like 2016-10-06", ExpectDate);
    };

    public static bool IsWordStart(char c) => char.IsLetter(c) || c == '_';

    public static bool IsWordPart(char c) => char.IsLetterOrDigit(c) || c == '_' || c == '-';

    /// <summary>
    /// The offset after any spaces and tabs at <paramref name="at"/>. Invisible characters count
    /// as space: rule CLM005 reports each of them, and reading past them spares the writer a
    /// second, baffling error about a character they cannot see.
    /// </summary>
    public static int SkipSpaces(LineInput line, int at)
    {
        string s = line.Source;
        while (at < line.End && IsBlank(s[at])) at++;
        return at;
    }

    /// <summary>
    /// The offset just after the word starting at <paramref name="at"/>; <paramref name="at"/>
    /// itself if none starts there. An invisible character between two letters of a word stays
    /// inside it (CLM005 reports it; <see cref="TryWord"/> leaves it out of the name).
    /// </summary>
    public static int WordEnd(LineInput line, int at) => WordEnd(line.Source, at, line.End);

    /// <inheritdoc cref="WordEnd(LineInput, int)"/>
    public static int WordEnd(string s, int at, int end)
    {
        if (at >= end || !IsWordStart(s[at])) return at;
        int i = at + 1;
        while (i < end)
        {
            if (IsWordPart(s[i])) { i++; continue; }
            if (!HiddenCharacters.IsHidden(s[i]) || i + 1 >= end || !IsWordPart(s[i + 1])) break;
            i++;
        }
        return i;
    }

    /// <summary>A space or tab, or an invisible character (see <see cref="SkipSpaces"/>).</summary>
    public static bool IsBlank(char c) => c == ' ' || c == '\t' || HiddenCharacters.IsHidden(c);

    /// <summary>True when exactly the word <paramref name="literal"/> stands at <paramref name="at"/>.</summary>
    public static bool WordIs(LineInput line, int at, string literal) =>
        WordEnd(line, at) - at == literal.Length && string.CompareOrdinal(line.Source, at, literal, 0, literal.Length) == 0;

    /// <summary>Reads a word; invisible characters inside it are left out of the name, so the name is what the writer sees.</summary>
    public static bool TryWord(LineInput line, int at, out NameValue word)
    {
        int end = WordEnd(line, at);
        word = null!;
        if (end == at) return false;
        string name = line.Names.Get(line.Source, at, end - at);
        foreach (char c in name)
        {
            if (!HiddenCharacters.IsHidden(c)) continue;
            name = new string(name.Where(ch => !HiddenCharacters.IsHidden(ch)).ToArray());
            break;
        }
        word = new NameValue(name, line.Span(at, end));
        return true;
    }

    /// <summary>Reads a quoted string at <paramref name="at"/> as one token.</summary>
    public static bool TryString(LineInput line, int at, out StringToken token)
    {
        token = null!;
        if (!ScanString(line, at, out string value, out int end, out bool terminated, out var badEscapes)) return false;
        token = new StringToken(value, line.Span(at, end), terminated, badEscapes) { Source = line.Text };
        return true;
    }

    /// <summary>The strings at <paramref name="spans"/> read again, as tokens (for a text that kept only their places).</summary>
    internal static ImmutableArray<StringToken> ReadStrings(SourceText source, ImmutableArray<SourceSpan> spans)
    {
        var names = new NameTable();
        var tokens = ImmutableArray.CreateBuilder<StringToken>(spans.Length);
        foreach (var span in spans)
        {
            TryString(new LineInput(source, names, span.StartLine, span.Start, span.End), span.Start, out var token);
            tokens.Add(token);
        }
        return tokens.MoveToImmutable();
    }

    /// <summary>
    /// Reads a quoted string at <paramref name="at"/> as a text. A string that is closed and has
    /// no unknown escape (nearly all of them) becomes a text without a token of its own.
    /// </summary>
    public static bool TryText(LineInput line, int at, out TextValue text)
    {
        text = null!;
        if (!ScanString(line, at, out string value, out int end, out bool terminated, out var badEscapes)) return false;
        var span = line.Span(at, end);
        text = terminated && badEscapes.IsEmpty
            ? new TextValue(value, span, line.Text)
            : new TextValue(ImmutableArray.Create(new StringToken(value, span, terminated, badEscapes) { Source = line.Text }), span);
        return true;
    }

    /// <summary>Scans a quoted string: the text it means, where it ends, and its problems.</summary>
    private static bool ScanString(LineInput line, int at, out string text, out int end, out bool terminated, out ImmutableArray<(SourceSpan, string)> badEscapes)
    {
        string s = line.Source;
        text = "";
        end = at;
        terminated = false;
        badEscapes = ImmutableArray<(SourceSpan, string)>.Empty;
        if (at >= line.End || s[at] != '"') return false;

        List<(SourceSpan, string)>? problems = null;
        StringBuilder? value = null;
        int i = at + 1, runStart = i;
        while (i < line.End)
        {
            // The text up to the next quote or backslash stands as it is: found many characters at a time.
            int stop = s.IndexOfAny(QuoteOrBackslash, i, line.End - i);
            if (stop < 0) { i = line.End; break; }
            i = stop;
            if (s[i] == '"') break;
            value ??= new StringBuilder();
            value.Append(s, runStart, i - runStart);
            int escapeLength = ReadEscape(s, i, line.End, value, out string? problem);
            if (problem is not null)
                (problems ??= new List<(SourceSpan, string)>()).Add((line.Span(i, i + escapeLength), problem));
            i += escapeLength;
            runStart = i;
        }

        terminated = i < line.End;
        // A short text without escapes is most often one of a few written again and again (a tag,
        // a place, a role): it is shared like a name.
        int length = i - at - 1;
        text = value is not null ? value.Append(s, runStart, i - runStart).ToString()
            : length <= SharedTextLength ? line.Names.Get(s, at + 1, length)
            : s.Substring(at + 1, length);
        end = terminated ? i + 1 : i;
        if (problems is not null) badEscapes = problems.ToImmutableArray();
        return true;
    }

    /// <summary>Reads a date at <paramref name="at"/>; on failure <paramref name="failAt"/> is where it went wrong.</summary>
    public static bool TryDate(LineInput line, int at, out DateValue date, out int failAt)
    {
        string s = line.Source;
        int i = at, end = line.End;
        date = null!;
        failAt = at;
        if (!Digits(s, ref i, end, 4)) return false;
        int year = Number(s, at, 4);
        int? month = null, day = null, hour = null, minute = null, second = null, offset = null;
        if (At(s, i, end, '-'))
        {
            failAt = i;
            int m = i + 1;
            if (!Digits(s, ref m, end, 2)) return false;
            month = Number(s, i + 1, 2);
            i = m;
            if (At(s, i, end, '-'))
            {
                failAt = i;
                int d = i + 1;
                if (!Digits(s, ref d, end, 2)) return false;
                day = Number(s, i + 1, 2);
                i = d;
                if (At(s, i, end, 'T'))
                {
                    failAt = i;
                    int t = i + 1;
                    if (!Digits(s, ref t, end, 2) || !At(s, t, end, ':')) return false;
                    hour = Number(s, i + 1, 2);
                    int mm = t + 1;
                    if (!Digits(s, ref mm, end, 2)) return false;
                    minute = Number(s, t + 1, 2);
                    i = mm;
                    if (At(s, i, end, ':'))
                    {
                        failAt = i;
                        int ss = i + 1;
                        if (!Digits(s, ref ss, end, 2)) return false;
                        second = Number(s, i + 1, 2);
                        i = ss;
                    }
                    if (At(s, i, end, 'Z')) { offset = 0; i++; }
                    else if (At(s, i, end, '+') || At(s, i, end, '-'))
                    {
                        failAt = i;
                        int sign = s[i] == '-' ? -1 : 1;
                        int oh = i + 1;
                        if (!Digits(s, ref oh, end, 2) || !At(s, oh, end, ':')) return false;
                        int om = oh + 1;
                        if (!Digits(s, ref om, end, 2)) return false;
                        offset = sign * (Number(s, i + 1, 2) * 60 + Number(s, oh + 1, 2));
                        i = om;
                    }
                }
            }
        }
        failAt = i;
        if (i < end && IsWordPart(s[i])) return false;
        date = new DateValue(year, month, day, hour, minute, second, offset, line.Names.Get(s, at, i - at), line.Span(at, i));
        return true;
    }

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
                problem = $"A backslash in a text starts an escape, and \\{next} is not one. To write a backslash itself, type it twice: \\\\. (The escapes are \\\" \\\\ \\n \\t and \\uXXXX.)";
                value.Append('\\').Append(next);
                return 2;
        }
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}
