using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;
using ClaimDsl.Text;

namespace ClaimDsl.Rules;

/// <summary>
/// CLM005: invisible and bidirectional-control characters anywhere in a file. They can make a
/// line display differently from what it says (the "Trojan source" trick, CVE-2021-42574).
/// </summary>
public sealed class HiddenCharacterRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM005", "Invisible or direction-changing character", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        foreach (var tree in context.Trees)
        {
            // A file that is not text (CLM008) has that one finding; its bytes are not characters.
            if (tree.Diagnostics.Any(d => d.Descriptor == SyntaxErrors.NotText)) continue;
            string text = tree.Source.Text;
            for (int i = NextSuspect(text, 0); i < text.Length; i = NextSuspect(text, i + 1))
            {
                char c = text[i];
                if (!HiddenCharacters.IsHidden(c) || (i == 0 && c == '\uFEFF')) continue;
                int start = i;
                while (i + 1 < text.Length && HiddenCharacters.IsHidden(text[i + 1])) i++;
                context.Report(Rule, tree, tree.Source.Span(start, i - start + 1),
                    $"An invisible character ({Name(c)}) is here. Such characters can make text look different from what it says. Delete it; if the text really needs it, write it as an escape inside the quotes: \\u{(int)c:X4}.");
            }
        }
    }

#if NET8_0_OR_GREATER
    // Printable ASCII, tabs and line breaks: characters that are never hidden ones.
    private static readonly System.Buffers.SearchValues<char> Plain =
        System.Buffers.SearchValues.Create("\t\n\r" + new string(Enumerable.Range(' ', '~' - ' ' + 1).Select(c => (char)c).ToArray()));
#endif

    /// <summary>The offset of the next character that is not printable ASCII, a tab or a line break: only those can be hidden.</summary>
    private static int NextSuspect(string text, int from)
    {
        if (from >= text.Length) return text.Length;
#if NET8_0_OR_GREATER
        int found = System.MemoryExtensions.IndexOfAnyExcept(System.MemoryExtensions.AsSpan(text, from), Plain);
        return found < 0 ? text.Length : from + found;
#else
        while (from < text.Length && (text[from] is >= ' ' and <= '~' or '\t' or '\n' or '\r')) from++;
        return from;
#endif
    }


    private static string Name(char c) => c switch
    {
        '\u202A' => "U+202A LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "U+202B RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "U+202C POP DIRECTIONAL FORMATTING",
        '\u202D' => "U+202D LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "U+202E RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "U+2066 LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "U+2067 RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "U+2068 FIRST STRONG ISOLATE",
        '\u2069' => "U+2069 POP DIRECTIONAL ISOLATE",
        '\u200B' => "U+200B ZERO WIDTH SPACE",
        '\u200C' => "U+200C ZERO WIDTH NON-JOINER",
        '\u200D' => "U+200D ZERO WIDTH JOINER",
        '\u200E' => "U+200E LEFT-TO-RIGHT MARK",
        '\u200F' => "U+200F RIGHT-TO-LEFT MARK",
        '\uFEFF' => "U+FEFF ZERO WIDTH NO-BREAK SPACE",
        '\u00AD' => "U+00AD SOFT HYPHEN",
        '\u2028' => "U+2028 LINE SEPARATOR",
        '\u2029' => "U+2029 PARAGRAPH SEPARATOR",
        _ => $"U+{(int)c:X4}",
    };
}
