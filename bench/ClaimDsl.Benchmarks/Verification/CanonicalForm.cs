using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClaimDsl.Benchmarks.Corpus;
using ClaimDsl.Model;
using ClaimDsl.Semantics;

namespace ClaimDsl.Benchmarks.Verification;

/// <summary>
/// Every fact of a corpus as one line of text, in file order: articles, then entities, then
/// claims. Two readings of a corpus hold the same information exactly when their canonical
/// forms are equal, whatever classes they were read into. Written from the language's bound
/// model (what ClaimDsl read) and from the plain classes (what the generators wrote, and what
/// YAML, JSON and the textbook grammar read back).
/// </summary>
public static class CanonicalForm
{
    public static List<string> Of(CorpusDocument document)
    {
        var lines = new List<string>();
        foreach (var a in document.Articles)
            lines.Add(Fact("article", a.Id, a.Title, a.Outlet, Moment(a.Published), a.Url, List(a.Byline), a.Note));
        foreach (var a in document.Articles)
        {
            foreach (var o in a.Organizations) lines.Add(Fact("org", o.Id, o.Name, o.Kind ?? "other", o.Of, List(o.Aliases), o.Note));
            foreach (var p in a.People) lines.Add(Fact("person", p.Id, p.Name, p.Role, p.Of, List(p.Aliases), p.Note));
            foreach (var g in a.Groups) lines.Add(Fact("group", g.Id, g.Name, Flag(g.Unnamed), g.UnnamedReason, g.IdentifiedAs, g.Note));
        }
        foreach (var a in document.Articles)
        {
            foreach (var c in a.Claims)
            {
                var sources = c.Sources.Select(s => s.Direct ? "direct" : string.Join(" via ", s.Via ?? new List<string>()));
                lines.Add(Fact("claim", a.Id, c.Id, c.By, c.Says is null ? "paraphrase" : "says", c.Says ?? c.Paraphrase,
                    c.On ?? (c.OnPhrase is null ? null : "phrase: " + c.OnPhrase), c.At, c.To ?? (c.ToWords is null ? null : "words: " + c.ToWords),
                    c.Context, string.Join(" | ", sources), c.Verdict?.Rating, c.Verdict?.Explanation, List(c.Tags), List(c.Evidence), c.Note));
            }
        }
        return lines;
    }

    public static List<string> Of(ClaimModel model)
    {
        var lines = new List<string>();
        foreach (var a in model.Articles)
            lines.Add(Fact("article", a.Id, a.Title, a.Outlet?.Id, Moment(a.Published), a.Url, List(a.Bylines), a.Note));
        foreach (var entity in model.Entities)
        {
            lines.Add(entity switch
            {
                Organization o => Fact("org", o.Id, o.Name, OrgKinds.NameOf(o.Kind), o.Parent?.Id, List(o.Aliases), o.Note),
                Person p => Fact("person", p.Id, p.Name, p.Role, p.Affiliation?.Id, List(p.Aliases), p.Note),
                Group g => Fact("group", g.Id, g.Name, Flag(g.IsUnnamed), g.UnnamedReason, g.IdentifiedAs?.Id, g.Note),
                _ => Fact("entity", entity.Id, entity.Name),
            });
        }
        foreach (var c in model.Claims)
        {
            var sources = c.Sources.Select(s => s.IsDirect ? "direct" : string.Join(" via ", s.Relays.Select(r => r.Id)));
            lines.Add(Fact("claim", c.Article.Id, c.Id, c.Speaker.Id, c.Statement.Kind == StatementKind.Quote ? "says" : "paraphrase", c.Statement.Text,
                When(c.When), c.Place, c.Audience is null ? null : c.Audience.Entity?.Id ?? "words: " + c.Audience.Description,
                c.Context, string.Join(" | ", sources), c.Verdict?.Rating.Keyword(), c.Verdict?.Explanation, List(c.Tags), List(c.Evidence), c.Note));
        }
        return lines;
    }

    /// <summary>The first line where two canonical forms differ, or null when they are equal.</summary>
    public static string? FirstDifference(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
            if (!string.Equals(expected[i], actual[i], StringComparison.Ordinal))
                return $"fact {i + 1} differs:\n    expected: {expected[i]}\n    actual:   {actual[i]}";
        return expected.Count == actual.Count ? null : $"{expected.Count} facts expected, {actual.Count} found";
    }

    private static string? When(ClaimDate? date) => date switch
    {
        null => null,
        OnDay d => Day(d.Date),
        InMonth m => m.Year.ToString("0000", CultureInfo.InvariantCulture) + "-" + m.Month.ToString("00", CultureInfo.InvariantCulture),
        InYear y => y.Year.ToString("0000", CultureInfo.InvariantCulture),
        OnWeekday w => Dates.NameOf(w.Weekday),
        BetweenDates b => $"between {Day(b.From)} and {Day(b.To)}",
        VagueDate v => "phrase: " + v.Phrase,
        _ => date.ToString(),
    };

    private static string? Moment(PublicationDate? published) =>
        published is null ? null
        : published.Moment is { } moment ? moment.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture)
        : Day(published.Date);

    /// <summary>A publication date as written (<c>Z</c> or an offset) in the form the model gives it back.</summary>
    private static string? Moment(string? published) =>
        published is null || !published.Contains('T') ? published
        : DateTimeOffset.ParseExact(published, "yyyy-MM-dd'T'HH:mmK", CultureInfo.InvariantCulture).ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);

    private static string Day(DateTime day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "yes" : "no";

    private static string? List(IEnumerable<string>? items) => items is null || !items.Any() ? null : string.Join(" | ", items);

    /// <summary>The fields with an unambiguous separator; a missing field is written as ∅.</summary>
    private static string Fact(params string?[] fields) => string.Join(" ¦ ", fields.Select(f => f ?? "∅"));
}
