using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace ClaimDsl.Semantics;

/// <summary>
/// Checks that a quote occurs in an article's text, the way a careful reader would: typographic
/// quotes and apostrophes count as straight ones, any run of white space as one space,
/// punctuation the article puts just inside a closing quote mark may be left out, and an
/// ellipsis (<c>...</c> or <c>…</c>) means "these parts, in this order".
/// </summary>
public sealed class QuoteMatcher
{
    private readonly string _original;
    private readonly Folded _article;

    public QuoteMatcher(string articleText)
    {
        _original = articleText;
        _article = Fold(articleText);
    }

    /// <summary>The outcome of one check.</summary>
    public sealed record Match(bool Found, string? ClosestPassage)
    {
        /// <summary>
        /// For a quote with an ellipsis: a part that is in the article, but before the part the
        /// quote puts ahead of it (the parts are there, in another order).
        /// </summary>
        public string? OutOfOrderPart { get; init; }
    }

    public Match Find(string quote)
    {
        int from = 0;
        foreach (var part in Parts(quote))
        {
            var folded = Fold(part).Text;
            if (folded.Length == 0) continue;
            int at = _article.Text.IndexOf(folded, from, StringComparison.Ordinal);
            if (at < 0)
            {
                bool earlier = from > 0 && _article.Text.IndexOf(folded, 0, StringComparison.Ordinal) >= 0;
                return earlier ? new Match(false, null) { OutOfOrderPart = part } : new Match(false, Closest(folded));
            }
            from = at + folded.Length;
        }
        return new Match(true, null);
    }

    /// <summary>The quote split at its ellipses, each part without the punctuation at its ends.</summary>
    private static IEnumerable<string> Parts(string quote) =>
        quote.Replace("…", "...").Split(new[] { "..." }, StringSplitOptions.None)
            .Select(p => p.Trim().Trim(',', '.', ';', ':', '!', '?').Trim());

    /// <summary>
    /// The passage of the article, as the article writes it, that shares the most words with
    /// <paramref name="foldedPart"/>, taken over a window of the same number of words.
    /// </summary>
    private string? Closest(string foldedPart)
    {
        var want = Words(foldedPart).Select(w => w.Word).ToList();
        var words = Words(_article.Text).ToList();
        if (want.Count == 0 || words.Count == 0) return null;
        int window = Math.Min(want.Count, words.Count);
        var needed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in want) needed[w] = needed.TryGetValue(w, out int n) ? n + 1 : 1;

        var have = new Dictionary<string, int>(StringComparer.Ordinal);
        int overlap = 0, best = -1, bestAligned = -1, bestStart = 0;
        for (int i = 0; i < words.Count; i++)
        {
            overlap += Add(words[i].Word, +1);
            if (i >= window) overlap += Add(words[i - window].Word, -1);
            if (i < window - 1 || overlap < best) continue;
            // Among windows sharing as many words, prefer the one whose words stand in the quote's order.
            int aligned = Aligned(i - window + 1);
            if (overlap > best || aligned > bestAligned) { best = overlap; bestAligned = aligned; bestStart = i - window + 1; }
        }
        if (best <= 0) return null;
        int start = _article.Map[words[bestStart].Start];
        var last = words[bestStart + window - 1];
        int end = _article.Map[last.Start + last.Word.Length - 1] + 1;
        return string.Join(" ", _original.Substring(start, end - start).Split(new[] { ' ', '\t', '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries));

        int Aligned(int start)
        {
            int count = 0;
            for (int k = 0; k < window; k++) if (words[start + k].Word == want[k]) count++;
            return count;
        }

        // Returns the change in overlap when one word enters (+1) or leaves (-1) the window.
        int Add(string word, int delta)
        {
            int before = have.TryGetValue(word, out int h) ? h : 0;
            have[word] = before + delta;
            if (!needed.TryGetValue(word, out int need)) return 0;
            return delta > 0 ? (before < need ? 1 : 0) : (before <= need ? -1 : 0);
        }
    }

    private static IEnumerable<(string Word, int Start)> Words(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            if (i > start) yield return (text.Substring(start, i - start).ToLowerInvariant(), start);
        }
    }

    /// <summary>Folded text, with the offset in the original text of every folded character.</summary>
    private sealed record Folded(string Text, int[] Map);

    private static Folded Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = FoldChar(text[i]);
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[folded.Length - 1] != ' ') { folded.Append(' '); map.Add(i); }
                continue;
            }
            // Punctuation just inside a closing quote mark ("fate,”) is the article's, not the speaker's.
            if (IsClosingPunctuation(c) && i + 1 < text.Length && FoldChar(text[i + 1]) is '"' or '\'') continue;
            folded.Append(c);
            map.Add(i);
        }
        int length = folded.Length;
        if (length > 0 && folded[length - 1] == ' ') { folded.Length--; map.RemoveAt(map.Count - 1); }
        return new Folded(folded.ToString(), map.ToArray());
    }

    private static bool IsClosingPunctuation(char c) => c is ',' or '.' or ';' or ':' or '!' or '?';

    private static char FoldChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '`' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u00A0' or '\u2007' or '\u202F' => ' ',
        _ => c,
    };
}
