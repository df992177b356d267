using System;
using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Model;
using CsCheck;

namespace ClaimDsl.Tests;

/// <summary>
/// Random but valid models: every record the language can express, with texts full of what
/// breaks writers (quotes, backslashes, #, line breaks, tabs, curly quotes, invisible and
/// astral characters), references between entities, and every kind of date and source.
/// </summary>
internal static class ModelGen
{
    private const string TextChars = "abcdefghij KLMN \"\\#,\n\t’“”é中\u00A0\u200B-_.:0123";

    /// <summary>A text that is not empty or only white space, sometimes long enough to wrap.</summary>
    public static readonly Gen<string> Text =
        Gen.OneOf(
            Gen.String[Gen.Char[TextChars], 1, 12],
            Gen.String[Gen.Char[TextChars], 60, 260],
            Gen.Const("😀 astral"))
        .Where(s => !string.IsNullOrWhiteSpace(s));

    public static readonly Gen<string?> MaybeText = Maybe(Text);

    /// <summary>An id suffix; a prefix made from the record's position keeps ids unique.</summary>
    private static readonly Gen<string> IdTail = Gen.String[Gen.Char["abcxyz019_-"], 0, 6];

    private static readonly Gen<string[]> Texts = Text.Array[0, 3];

    private static readonly Gen<DateTime> Day = Gen.Date[new DateTime(1990, 1, 1), new DateTime(2030, 12, 31)];

    public static Gen<T?> Maybe<T>(Gen<T> gen) where T : class =>
        Gen.Int[0, 2].SelectMany(n => n == 0 ? Gen.Const<T?>((T?)null) : gen.Select(v => (T?)v));

    private sealed record OrgSpec(string Tail, string Name, int Kind, int Parent, string[] Aliases, string? Note);
    private sealed record PersonSpec(string Tail, string Name, string? Role, int Affiliation, string[] Aliases, string? Note);
    private sealed record GroupSpec(string Tail, string Name, bool Unnamed, string? Reason, int IdentifiedAs, string? Note);
    private sealed record ArticleSpec(string Tail, string? Title, int Outlet, DateTime? Published, int MomentOffset, string? Url, string[] Bylines, string? TextPath, string? Note);
    private sealed record DateSpec(int Kind, DateTime First, DateTime Second, int Weekday, string Phrase);
    private sealed record ClaimSpec(string Tail, int Article, int Speaker, bool Quote, string Text, DateSpec? When, string? Place, int Audience, string AudienceText,
        string? Context, int[][] Sources, int Verdict, string? Explanation, string[] Tags, string[] Evidence, string? Note);

    private static readonly Gen<OrgSpec> Orgs = Gen.Select(IdTail, Text, Gen.Int[0, 6], Gen.Int[0, 9], Texts, MaybeText,
        (tail, name, kind, parent, aliases, note) => new OrgSpec(tail, name, kind, parent, aliases, note));

    private static readonly Gen<PersonSpec> People = Gen.Select(IdTail, Text, MaybeText, Gen.Int[0, 9], Texts, MaybeText,
        (tail, name, role, of, aliases, note) => new PersonSpec(tail, name, role, of, aliases, note));

    private static readonly Gen<GroupSpec> Groups = Gen.Select(IdTail, Text, Gen.Bool, MaybeText, Gen.Int[0, 12], MaybeText,
        (tail, name, unnamed, reason, who, note) => new GroupSpec(tail, name, unnamed, reason, who, note));

    private static readonly Gen<ArticleSpec> Articles = Gen.Select(
        Gen.Select(IdTail, MaybeText, Gen.Int[0, 9], Gen.Int[0, 2].SelectMany(n => n == 0 ? Gen.Const<DateTime?>((DateTime?)null) : Day.Select(d => (DateTime?)d))),
        Gen.Select(Gen.Int[-840, 840], MaybeText, Texts, MaybeText, MaybeText),
        (a, b) => new ArticleSpec(a.Item1, a.Item2, a.Item3, a.Item4, b.Item1, b.Item2, b.Item3, b.Item4, b.Item5));

    private static readonly Gen<DateSpec> Dates = Gen.Select(Gen.Int[0, 5], Day, Day, Gen.Int[0, 6], Text,
        (kind, first, second, weekday, phrase) => new DateSpec(kind, first, second, weekday, phrase));

    private static readonly Gen<ClaimSpec> Claims = Gen.Select(
        Gen.Select(IdTail, Gen.Int[0, 99], Gen.Int[0, 99], Gen.Bool, Text, Maybe(Dates), MaybeText),
        Gen.Select(Gen.Int[-3, 99], Text, MaybeText, Gen.Int[0, 99].Array[1, 3].Array[0, 3], Gen.Int[-1, 8], MaybeText),
        Gen.Select(Texts, Texts, MaybeText),
        (a, b, c) => new ClaimSpec(a.Item1, a.Item2, a.Item3, a.Item4, a.Item5, a.Item6, a.Item7, b.Item1, b.Item2, b.Item3, b.Item4, b.Item5, b.Item6, c.Item1, c.Item2, c.Item3));

    /// <summary>A whole set: organisations, people, groups, articles, and claims grouped by article.</summary>
    public static readonly Gen<ClaimSet> Sets = Gen.Select(Orgs.Array[1, 4], People.Array[0, 3], Groups.Array[0, 2], Articles.Array[1, 3], Claims.Array[0, 6], Build);

    private static ClaimSet Build(OrgSpec[] orgSpecs, PersonSpec[] personSpecs, GroupSpec[] groupSpecs, ArticleSpec[] articleSpecs, ClaimSpec[] claimSpecs)
    {
        var orgs = new List<Organization>();
        foreach (var (spec, i) in orgSpecs.Select((s, i) => (s, i)))
        {
            orgs.Add(new Organization($"o{i}{spec.Tail}", spec.Name)
            {
                Kind = (OrganizationKind)spec.Kind,
                Parent = spec.Parent < i ? orgs[spec.Parent] : null,
                Aliases = spec.Aliases,
                Note = spec.Note,
            });
        }
        var people = personSpecs.Select((spec, i) => new Person($"p{i}{spec.Tail}", spec.Name)
        {
            Role = spec.Role,
            Affiliation = spec.Affiliation < orgs.Count ? orgs[spec.Affiliation] : null,
            Aliases = spec.Aliases,
            Note = spec.Note,
        }).ToList();
        var named = orgs.Cast<Entity>().Concat(people).ToList();
        var groups = groupSpecs.Select((spec, i) => new Group($"g{i}{spec.Tail}", spec.Name)
        {
            IsUnnamed = spec.Unnamed,
            UnnamedReason = spec.Unnamed ? spec.Reason : null,
            IdentifiedAs = spec.IdentifiedAs < named.Count ? named[spec.IdentifiedAs] : null,
            Note = spec.Note,
        }).ToList();
        var entities = named.Concat(groups).ToList();

        var articles = articleSpecs.Select((spec, i) => new Article($"a{i}{spec.Tail}")
        {
            Title = spec.Title,
            Outlet = spec.Outlet < orgs.Count ? orgs[spec.Outlet] : null,
            Published = spec.Published is { } day
                ? spec.MomentOffset % 3 == 0
                    ? new PublicationDate(day, new DateTimeOffset(day.AddMinutes(Math.Abs(spec.MomentOffset) % 1440), TimeSpan.FromMinutes(spec.MomentOffset / 15 * 15)))
                    : new PublicationDate(day)
                : null,
            Url = spec.Url,
            Bylines = spec.Bylines,
            TextPath = spec.TextPath,
            Note = spec.Note,
        }).ToList();

        var claims = claimSpecs.Select((spec, i) =>
        {
            var article = articles[spec.Article % articles.Count];
            return new Claim($"c{i}{spec.Tail}", article, entities[spec.Speaker % entities.Count],
                spec.Quote ? Statement.Quote(spec.Text) : Statement.Paraphrase(spec.Text))
            {
                When = spec.When is null ? null : DateOf(spec.When, article),
                Place = spec.Place,
                Audience = spec.Audience < 0 ? null : spec.Audience % 2 == 0 ? new Audience(entities[spec.Audience % entities.Count]) : new Audience(spec.AudienceText),
                Context = spec.Context,
                Sources = spec.Sources.Select(chain => chain.Contains(0) ? ClaimSource.Direct : ClaimSource.Via(chain.Select(n => entities[n % entities.Count]).ToArray())).ToArray(),
                Verdict = spec.Verdict < 0 ? null : new Verdict((Rating)spec.Verdict, spec.Explanation),
                Tags = spec.Tags,
                Evidence = spec.Evidence,
                Note = spec.Note,
            };
        }).OrderBy(c => articles.IndexOf(c.Article)).ToList();

        return ClaimSet.FromRecords(claims, entities, articles);
    }

    /// <summary>A date as the binder would build it: a weekday resolves against the article's publication.</summary>
    private static ClaimDate DateOf(DateSpec spec, Article article) => spec.Kind switch
    {
        0 => new OnDay(spec.First),
        1 => new InMonth(spec.First.Year, spec.First.Month),
        2 => new InYear(spec.First.Year),
        3 => new OnWeekday((DayOfWeek)spec.Weekday, article.Published is { } p ? Semantics.Dates.ResolveWeekday((DayOfWeek)spec.Weekday, p.Date) : null),
        4 => new BetweenDates(spec.First < spec.Second ? spec.First : spec.Second, spec.First < spec.Second ? spec.Second : spec.First),
        _ => new VagueDate(spec.Phrase),
    };
}
