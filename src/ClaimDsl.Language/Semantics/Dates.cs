using System;
using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Syntax;

namespace ClaimDsl.Semantics;

/// <summary>Turning written dates into calendar dates, and weekdays into days.</summary>
public static class Dates
{
    /// <summary>The weekday names the language accepts after <c>on</c>.</summary>
    public static IReadOnlyList<string> WeekdayNames { get; } = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    public static bool TryParseWeekday(string name, out DayOfWeek weekday)
    {
        int index = WeekdayNames.ToList().IndexOf(name);
        weekday = index < 0 ? default : (DayOfWeek)((index + 1) % 7);
        return index >= 0;
    }

    public static string NameOf(DayOfWeek weekday) => WeekdayNames[((int)weekday + 6) % 7];

    /// <summary>
    /// The nearest <paramref name="weekday"/> on or before <paramref name="published"/>: the
    /// publication day itself if it is that weekday, else up to six days earlier.
    /// </summary>
    public static DateTime ResolveWeekday(DayOfWeek weekday, DateTime published) =>
        published.Date.AddDays(-(((int)published.DayOfWeek - (int)weekday + 7) % 7));

    /// <summary>Why the written date is impossible, or null when it is a real date (or month, or year).</summary>
    public static string? Problem(DateValue date)
    {
        if (date.Year < 1) return "there is no year 0000";
        if (date.Month is { } month && (month < 1 || month > 12)) return $"there is no month {month:00}";
        if (date.Day is { } day && date.Month is { } m && m >= 1 && m <= 12 && (day < 1 || day > DateTime.DaysInMonth(date.Year, m)))
            return day < 1 ? "there is no day 00" : $"{MonthName(m)} {date.Year} has {DateTime.DaysInMonth(date.Year, m)} days";
        if (date.Hour is > 23) return $"there is no hour {date.Hour:00}";
        if (date.Minute is > 59) return $"there is no minute {date.Minute:00}";
        if (date.Second is > 59) return $"there is no second {date.Second:00}";
        if (date.OffsetMinutes is { } offset && Math.Abs(offset) > 14 * 60) return "time zone offsets go from -14:00 to +14:00";
        if (date.HasTime && date.OffsetMinutes is null) return "a time needs its time zone: add Z for UTC or the offset, like +03:00";
        return null;
    }

    /// <summary>The calendar day of a full, valid date.</summary>
    public static DateTime? Day(DateValue date) =>
        date.Month is { } m && date.Day is { } d && Problem(date) is null ? new DateTime(date.Year, m, d) : null;

    public static string MonthName(int month) => new DateTime(2000, month, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A day written for readers: <c>Thursday 6 October 2016</c>.</summary>
    public static string Describe(DateTime day) => day.ToString("dddd d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
