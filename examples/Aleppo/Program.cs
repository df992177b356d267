using System;
using System.Linq;
using ClaimDsl.Model;

namespace Aleppo;

/// <summary>
/// Prints every claim of the seed article from the types the generator made out of
/// aleppo.claims: who said what, when, where, to whom, sourced from whom, and the verdict.
/// </summary>
internal static class Program
{
    private static void Main()
    {
        var article = AleppoUnDraft.Article;
        Console.WriteLine(article.Title);
        Console.WriteLine($"{article.Outlet?.Name ?? "unknown outlet"}, published {Day(article.Published?.Date)}");
        Console.WriteLine($"{AleppoUnDraft.All.Count} claims");

        int number = 0;
        foreach (var claim in AleppoUnDraft.All)
        {
            Console.WriteLine();
            Console.WriteLine($"{++number}. {claim.Id}");
            Console.WriteLine($"   Who:     {Describe(claim.Speaker)}");
            Console.WriteLine(claim.Statement.Kind == StatementKind.Quote
                ? $"   Said:    “{claim.Statement.Text}”"
                : $"   Said (in the article's words): {claim.Statement.Text}");
            Console.WriteLine($"   When:    {When(claim.When)}");
            if (claim.Place is { } place) Console.WriteLine($"   Where:   {place}");
            if (claim.Audience is { } audience) Console.WriteLine($"   To whom: {audience.Text}");
            foreach (var source in claim.Sources) Console.WriteLine($"   Source:  {Chain(claim, source)}");
            if (claim.Context is { } context) Console.WriteLine($"   Context: {context}");
            if (claim.Verdict is { } verdict) Console.WriteLine($"   Verdict: {verdict.Rating.Label()}{(verdict.Explanation is { } why ? " — " + why : "")}");
        }
    }

    /// <summary>"Jean-Marc Ayrault (French Foreign Minister, French Foreign Ministry)".</summary>
    private static string Describe(Entity speaker) => speaker switch
    {
        Person person => person.Name + Details(person.Role, person.Affiliation?.Name),
        Organization organization => organization.Name + Details(organization.Parent?.Name),
        Group { IsUnnamed: true } group => $"{group.Name} (unnamed{(group.UnnamedReason is { } why ? ": " + why : "")})",
        _ => speaker.Name,
    };

    private static string Details(params string?[] details)
    {
        var known = details.OfType<string>().ToList();
        return known.Count == 0 ? "" : " (" + string.Join(", ", known) + ")";
    }

    /// <summary>The way the article got the claim: "on the record", or the relay chain from the article back to the speaker.</summary>
    private static string Chain(Claim claim, ClaimSource source)
    {
        if (source.IsDirect) return "on the record (direct)";
        var chain = new[] { claim.Article.Outlet?.Name ?? "the article" }
            .Concat(source.Relays.Select(r => r.Name));
        // The chain ends at the speaker, unless the speaker is the outlet itself (then the relays
        // are where the outlet got it) or already the last relay.
        if (!ReferenceEquals(claim.Speaker, claim.Article.Outlet) && !ReferenceEquals(source.Relays[source.Relays.Count - 1], claim.Speaker))
            chain = chain.Append(claim.Speaker.Name);
        return string.Join(" <- ", chain);
    }

    private static string When(ClaimDate? date) => date switch
    {
        null => "not stated",
        OnDay d => Day(d.Date),
        OnWeekday { Date: { } day } w => $"{Day(day)}, from \"{w.Weekday.ToString().ToLowerInvariant()}\" in the article",
        OnWeekday w => w.Weekday.ToString(),
        InMonth m => $"{m.Year}-{m.Month:00}",
        InYear y => y.Year.ToString(),
        BetweenDates b => $"between {Day(b.From)} and {Day(b.To)}",
        VagueDate v => $"\"{v.Phrase}\" (the article's words; no exact date)",
        _ => date.ToString() ?? "",
    };

    private static string Day(DateTime? day) => day?.ToString("yyyy-MM-dd (dddd)", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown";
}
