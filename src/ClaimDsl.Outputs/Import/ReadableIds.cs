using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ClaimDsl.Import;

/// <summary>
/// Makes readable, valid, unique ids from names and words: <c>Barack Obama</c> →
/// <c>barack_obama</c>, a second <c>barack_obama</c> → <c>barack_obama_2</c>. Accents are
/// dropped (<c>José</c> → <c>jose</c>), everything but letters and digits becomes <c>_</c>, and an
/// id that would start with a digit gets a prefix.
/// </summary>
internal sealed class ReadableIds
{
    private const int MaxLength = 48;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A new id built from <paramref name="words"/>, or <paramref name="fallback"/> when they hold no letter or digit.</summary>
    public string Make(string words, string fallback)
    {
        string stem = Slug(words, fallback);
        string id = stem;
        for (int n = 2; !_used.Add(id); n++) id = stem + "_" + n.ToString(CultureInfo.InvariantCulture);
        return id;
    }

    /// <summary>Lower-case letters and digits joined by single underscores; starts with a letter.</summary>
    public static string Slug(string words, string fallback)
    {
        var slug = new StringBuilder();
        foreach (char c in (words ?? "").Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’') continue; // o'rourke -> orourke, not o_rourke
            else if (slug.Length > 0 && slug[slug.Length - 1] != '_') slug.Append('_');
        }
        string s = slug.ToString().Trim('_');
        if (s.Length > MaxLength)
        {
            int cut = s.LastIndexOf('_', MaxLength);
            s = s.Substring(0, cut > MaxLength / 2 ? cut : MaxLength).Trim('_');
        }
        if (s.Length == 0) return fallback;
        return char.IsLetter(s[0]) ? s : fallback + "_" + s;
    }

    /// <summary>The first <paramref name="count"/> words of a text, leaving out a leading "Says" (PolitiFact's habit).</summary>
    public static string FirstWords(string text, int count)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && string.Equals(words[0], "says", StringComparison.OrdinalIgnoreCase)) words.RemoveAt(0);
        return string.Join(" ", words.Take(count));
    }
}
