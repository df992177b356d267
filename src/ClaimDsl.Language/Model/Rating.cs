using System;
using System.Collections.Generic;
using System.Linq;

namespace ClaimDsl.Model;

/// <summary>The nine ratings a verdict may give.</summary>
public enum Rating
{
    True,
    MostlyTrue,
    HalfTrue,
    MostlyFalse,
    False,
    PantsOnFire,
    Misleading,
    Unproven,
    Unverified,
}

/// <summary>The ratings' names in claim files, and their place on a numeric scale.</summary>
public static class Ratings
{
    private static readonly (Rating Rating, string Keyword, string Label, int? Score)[] Table =
    {
        (Rating.True, "true", "True", 6),
        (Rating.MostlyTrue, "mostly-true", "Mostly true", 5),
        (Rating.HalfTrue, "half-true", "Half true", 4),
        (Rating.MostlyFalse, "mostly-false", "Mostly false", 3),
        (Rating.False, "false", "False", 2),
        (Rating.PantsOnFire, "pants-on-fire", "Pants on fire", 1),
        (Rating.Misleading, "misleading", "Misleading", null),
        (Rating.Unproven, "unproven", "Unproven", null),
        (Rating.Unverified, "unverified", "Unverified", null),
    };

    /// <summary>The keywords, in the order of the enum.</summary>
    public static IReadOnlyList<string> Keywords { get; } = Table.Select(r => r.Keyword).ToArray();

    /// <summary>Lowest and highest score on the numeric scale (schema.org worstRating / bestRating).</summary>
    public const int Worst = 1, Best = 6;

    public static bool TryParse(string keyword, out Rating rating)
    {
        foreach (var row in Table)
        {
            if (row.Keyword == keyword) { rating = row.Rating; return true; }
        }
        rating = default;
        return false;
    }

    public static string Keyword(this Rating rating) => Row(rating).Keyword;

    /// <summary>A readable label (<c>Mostly true</c>).</summary>
    public static string Label(this Rating rating) => Row(rating).Label;

    /// <summary>The place on the 1–6 scale; null for ratings outside it (misleading, unproven, unverified).</summary>
    public static int? Score(this Rating rating) => Row(rating).Score;

    private static (Rating Rating, string Keyword, string Label, int? Score) Row(Rating rating) =>
        Table.First(r => r.Rating == rating);
}
