using System;
using System.Globalization;
using System.Linq;
using ClaimDsl.Json;
using ClaimDsl.Model;
using ClaimDsl.Semantics;

namespace ClaimDsl.Writing;

/// <summary>
/// Writes records as a claim file in the canonical layout: people, organisations and groups
/// first (in the set's order), then each article followed by its claims. Reading the file back
/// gives the same records. Optional texts that are empty or only spaces are left out (the
/// language has no way to write them), and a group's reason for being unnamed is written only
/// when the group is unnamed.
/// </summary>
public static class ClaimFileWriter
{
    /// <summary>The file for <paramref name="set"/>, with <paramref name="header"/> as comment lines at the top.</summary>
    public static string Write(ClaimSet set, string? header = null, int wrapWidth = ClaimLayout.WrapWidth)
    {
        if (set is null) throw new ArgumentNullException(nameof(set));
        var writer = new ClaimTextWriter(wrapWidth);
        if (!string.IsNullOrWhiteSpace(header)) writer.Comment(header!);
        foreach (var entity in set.Entities) WriteEntity(writer, entity);
        foreach (var article in set.Articles)
        {
            WriteArticle(writer, article);
            foreach (var claim in set.ClaimsOf(article)) WriteClaim(writer, claim);
        }
        return writer.ToString();
    }

    private static void WriteEntity(ClaimTextWriter writer, Entity entity)
    {
        switch (entity)
        {
            case Person person:
                writer.Block("person", person.Id, person.Name);
                Text(writer, "role", person.Role);
                Reference(writer, "of", person.Affiliation);
                break;
            case Organization org:
                writer.Block("org", org.Id, org.Name);
                if (org.Kind != OrganizationKind.Other) writer.Line("kind", OrgKinds.NameOf(org.Kind));
                Reference(writer, "of", org.Parent);
                break;
            case Group group:
                writer.Block("group", group.Id, group.Name);
                if (group.IsUnnamed)
                {
                    if (HasText(group.UnnamedReason)) writer.Text("unnamed", group.UnnamedReason!);
                    else writer.Line("unnamed", "");
                }
                Reference(writer, "identified-as", group.IdentifiedAs);
                break;
        }
        foreach (var alias in entity.Aliases.Where(HasText)) writer.Text("alias", alias);
        Text(writer, "note", entity.Note);
    }

    private static void WriteArticle(ClaimTextWriter writer, Article article)
    {
        writer.Block("article", article.Id);
        Text(writer, "title", article.Title);
        Reference(writer, "outlet", article.Outlet);
        if (article.Published is { } published)
        {
            writer.Line("published", published.Moment is { } moment
                ? moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
                : ClaimJson.Day(published.Date));
        }
        Text(writer, "url", article.Url);
        var bylines = article.Bylines.Where(HasText).ToList();
        if (bylines.Count > 0) writer.List("byline", bylines);
        Text(writer, "text", article.TextPath);
        Text(writer, "note", article.Note);
    }

    private static void WriteClaim(ClaimTextWriter writer, Claim claim)
    {
        writer.Block("claim", claim.Id);
        writer.Line("by", claim.Speaker.Id);
        writer.Text(claim.Statement.Kind == StatementKind.Quote ? "says" : "paraphrase", claim.Statement.Text);
        if (claim.When is { } when) WriteDate(writer, when);
        Text(writer, "at", claim.Place);
        if (claim.Audience?.Entity is { } audience) writer.Line("to", audience.Id);
        else Text(writer, "to", claim.Audience?.Description);
        Text(writer, "context", claim.Context);
        foreach (var source in claim.Sources)
            writer.Line("source", source.IsDirect ? "direct" : string.Join(" via ", source.Relays.Select(r => r.Id)));
        if (claim.Verdict is { } verdict)
        {
            if (HasText(verdict.Explanation)) writer.Text("verdict", verdict.Explanation!, verdict.Rating.Keyword());
            else writer.Line("verdict", verdict.Rating.Keyword());
        }
        var tags = claim.Tags.Where(HasText).ToList();
        if (tags.Count > 0) writer.List("tag", tags);
        foreach (var link in claim.Evidence.Where(HasText)) writer.Text("evidence", link);
        Text(writer, "note", claim.Note);
    }

    private static void WriteDate(ClaimTextWriter writer, ClaimDate when)
    {
        switch (when)
        {
            case OnDay day: writer.Line("on", ClaimJson.Day(day.Date)); break;
            case InMonth month: writer.Line("on", month.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + month.Month.ToString("D2", CultureInfo.InvariantCulture)); break;
            case InYear year: writer.Line("on", year.Year.ToString("D4", CultureInfo.InvariantCulture)); break;
            case OnWeekday weekday: writer.Line("on", Dates.NameOf(weekday.Weekday)); break;
            case BetweenDates range: writer.Line("on", "between " + ClaimJson.Day(range.From) + " and " + ClaimJson.Day(range.To)); break;
            case VagueDate vague: Text(writer, "on", vague.Phrase); break;
        }
    }

    private static void Text(ClaimTextWriter writer, string keyword, string? text)
    {
        if (HasText(text)) writer.Text(keyword, text!);
    }

    private static void Reference(ClaimTextWriter writer, string keyword, Entity? entity)
    {
        if (entity is not null) writer.Line(keyword, entity.Id);
    }

    private static bool HasText(string? text) => !string.IsNullOrWhiteSpace(text);
}
