using System.Globalization;
using ClaimDsl.Json;
using ClaimDsl.Model;
using ClaimDsl.Semantics;

namespace ClaimDsl.Export;

/// <summary>A claim's date written for a spreadsheet (ISO) or for a reader (words).</summary>
internal static class ClaimDates
{
    /// <summary>
    /// <c>2016-10-06</c>, <c>2016-10</c>, <c>2016</c>, a resolved weekday as its day (else the
    /// weekday's name), a range as an ISO 8601 interval <c>2016-01-01/2016-06-30</c>, a vague
    /// date as its phrase; empty when there is no date.
    /// </summary>
    public static string Iso(ClaimDate? when) => when switch
    {
        OnDay day => ClaimJson.Day(day.Date),
        InMonth month => month.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.Month.ToString("D2", CultureInfo.InvariantCulture),
        InYear year => year.Year.ToString("D4", CultureInfo.InvariantCulture),
        OnWeekday { Date: { } resolved } => ClaimJson.Day(resolved),
        OnWeekday weekday => Dates.NameOf(weekday.Weekday),
        BetweenDates range => ClaimJson.Day(range.From) + "/" + ClaimJson.Day(range.To),
        VagueDate vague => vague.Phrase,
        _ => "",
    };

    /// <summary><c>Thursday 6 October 2016</c>, <c>October 2016</c>, <c>2016</c>, <c>between … and …</c>, or the phrase in quotes.</summary>
    public static string Words(ClaimDate? when) => when switch
    {
        OnDay day => Dates.Describe(day.Date),
        InMonth month => Dates.MonthName(month.Month) + " " + month.Year.ToString(CultureInfo.InvariantCulture),
        InYear year => year.Year.ToString(CultureInfo.InvariantCulture),
        OnWeekday { Date: { } resolved } => Dates.Describe(resolved),
        OnWeekday weekday => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Dates.NameOf(weekday.Weekday)),
        BetweenDates range => "between " + Dates.Describe(range.From) + " and " + Dates.Describe(range.To),
        VagueDate vague => "“" + vague.Phrase + "”",
        _ => "",
    };
}
