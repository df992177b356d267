using System;
using System.Collections.Generic;

namespace ClaimDsl.Text;

/// <summary>"Did you mean …?": the closest known word to a misspelt one.</summary>
public static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="word"/> by edit distance (a swap of two
    /// neighbouring letters counts as one edit), if it is close enough to be a likely typo.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        int allowed = Math.Max(1, Math.Min(3, word.Length / 3));
        foreach (var candidate in candidates)
        {
            if (candidate == word) continue;
            if (Math.Abs(candidate.Length - word.Length) > allowed) continue;
            int distance = Distance(word.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Optimal string alignment distance between two words.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
