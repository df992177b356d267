using System;

namespace ClaimDsl.Model;

/// <summary>When a claim was made, as precisely as the article allows.</summary>
public abstract record ClaimDate
{
    private protected ClaimDate() { }

    /// <summary>The earliest day the date allows, when it is known.</summary>
    public abstract DateTime? Earliest { get; }

    /// <summary>The latest day the date allows, when it is known.</summary>
    public abstract DateTime? Latest { get; }
}

/// <summary><c>on 2016-10-06</c></summary>
public sealed record OnDay(DateTime Date) : ClaimDate
{
    public DateTime Date { get; } = Date.Date;
    public override DateTime? Earliest => Date;
    public override DateTime? Latest => Date;
}

/// <summary><c>on 2016-10</c></summary>
public sealed record InMonth(int Year, int Month) : ClaimDate
{
    public override DateTime? Earliest => new DateTime(Year, Month, 1);
    public override DateTime? Latest => new DateTime(Year, Month, DateTime.DaysInMonth(Year, Month));
}

/// <summary><c>on 2016</c></summary>
public sealed record InYear(int Year) : ClaimDate
{
    public override DateTime? Earliest => new DateTime(Year, 1, 1);
    public override DateTime? Latest => new DateTime(Year, 12, 31);
}

/// <summary>
/// <c>on thursday</c>: the nearest such day on or before the article's publication, within the
/// seven days before it. <see cref="Date"/> is null when the article has no publication date.
/// </summary>
public sealed record OnWeekday(DayOfWeek Weekday, DateTime? Date) : ClaimDate
{
    public override DateTime? Earliest => Date;
    public override DateTime? Latest => Date;
}

/// <summary><c>on between 2016-01-01 and 2016-06-30</c></summary>
public sealed record BetweenDates(DateTime From, DateTime To) : ClaimDate
{
    public override DateTime? Earliest => From;
    public override DateTime? Latest => To;
}

/// <summary><c>on "earlier this year"</c>: the article's own vague words, kept as written.</summary>
public sealed record VagueDate(string Phrase) : ClaimDate
{
    public override DateTime? Earliest => null;
    public override DateTime? Latest => null;
}
