using System;
using System.Globalization;
using System.Text.RegularExpressions;
using ClaimDsl.Model;

namespace ClaimDsl.Import;

/// <summary>
/// Reads the dates spreadsheets hold, in the invariant culture: ISO (<c>2022-07-28</c>,
/// <c>2022/07/28</c>, with or without a time), month names (<c>July 28, 2022</c>,
/// <c>Jul. 28th 2022</c>, <c>28 July 2022</c>, <c>Sept. 5, 2012</c>), numbers only
/// (<c>28/07/2022</c>, <c>28.07.2022</c>, <c>28-07-2022</c>, read in the <see cref="DateOrder"/>
/// asked for — a date impossible in that order is refused, never read the other way round), a
/// month (<c>July 2022</c>, <c>2022-07</c>) or a year (<c>2022</c>). Two-digit years are refused.
/// </summary>
internal static class ImportDates
{
    private static readonly Regex Iso = new(@"^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", RegexOptions.CultureInvariant);
    private static readonly Regex IsoMonth = new(@"^(\d{4})-(\d{1,2})$", RegexOptions.CultureInvariant);
    private static readonly Regex Numeric = new(@"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$", RegexOptions.CultureInvariant);
    private static readonly Regex YearOnly = new(@"^\d{4}$", RegexOptions.CultureInvariant);
    private static readonly Regex Ordinal = new(@"(?<=\d)(st|nd|rd|th)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex AbbreviationDot = new(@"(?<=\b[A-Za-z]{3,4})\.", RegexOptions.CultureInvariant);

    private static readonly string[] DayFormats = { "MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "dddd MMMM d yyyy", "dddd d MMMM yyyy" };
    private static readonly string[] MonthFormats = { "MMMM yyyy", "MMM yyyy" };

    public const string Formats = "2022-07-28, July 28, 2022, 28 July 2022, 28/07/2022, July 2022, 2022-07 or 2022";

    public static ClaimDate? Parse(string text, DateOrder order)
    {
        string s = Regex.Replace(text.Trim(), @"\s+", " ");
        if (Iso.Match(s) is { Success: true } iso) return Day(Number(iso, 1), Number(iso, 2), Number(iso, 3));
        if (IsoMonth.Match(s) is { Success: true } isoMonth) return Month(Number(isoMonth, 1), Number(isoMonth, 2));
        if (YearOnly.IsMatch(s)) return Year(int.Parse(s, CultureInfo.InvariantCulture));
        if (Numeric.Match(s) is { Success: true } numeric)
        {
            int first = Number(numeric, 1), second = Number(numeric, 3), year = Number(numeric, 4);
            return order == DateOrder.DayFirst ? Day(year, second, first) : Day(year, first, second);
        }

        // Words: drop ordinals (28th), commas and abbreviation dots (Sept.), read "Sept" as "Sep".
        string words = AbbreviationDot.Replace(Ordinal.Replace(s, ""), "").Replace(",", " ");
        words = Regex.Replace(Regex.Replace(words, @"\bSept\b", "Sep", RegexOptions.IgnoreCase), @"\s+", " ").Trim();
        if (DateTime.TryParseExact(words, DayFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var day)) return new OnDay(day);
        if (DateTime.TryParseExact(words, MonthFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var month)) return new InMonth(month.Year, month.Month);
        return null;
    }

    private static int Number(Match match, int group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    private static ClaimDate? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new OnDay(new DateTime(year, month, day)) : null;

    private static ClaimDate? Month(int year, int month) => year is >= 1 and <= 9999 && month is >= 1 and <= 12 ? new InMonth(year, month) : null;

    private static ClaimDate? Year(int year) => year is >= 1 and <= 9999 ? new InYear(year) : null;
}
