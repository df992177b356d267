using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using ClaimDsl.Json;
using ClaimDsl.Model;
using ClaimDsl.Rules;

namespace ClaimDsl.Export;

/// <summary>
/// Who publishes the fact checks, for the ClaimReview export. <see cref="PageUrl"/> is the page
/// that hosts the reviews (default: the publisher's address); each review's <c>url</c> is that
/// page with the claim's id as anchor (<c>…#situation_grave</c>), as Google asks for several
/// reviews on one page. <see cref="DatePublished"/> is the day the reviews were published, if
/// known; it is left out otherwise, so the same claims always give the same output.
/// </summary>
public sealed record ClaimReviewOptions(string PublisherName, string PublisherUrl)
{
    public string? PageUrl { get; init; }

    public DateTime? DatePublished { get; init; }
}

/// <summary>
/// schema.org <c>ClaimReview</c> JSON-LD: a JSON array with one ClaimReview for every claim that
/// has a verdict, ready for a <c>&lt;script type="application/ld+json"&gt;</c> element (&lt;, &gt;,
/// &amp; and ' are escaped). Ratings on the 1–6 scale carry <c>ratingValue</c>,
/// <c>bestRating</c> 6 and <c>worstRating</c> 1; ratings off the scale (misleading, unproven,
/// unverified) carry only their name. The mapping is in <c>docs/export.md</c>.
/// </summary>
public static class ClaimReviewExporter
{
    public const string Context = "https://schema.org";

    public static string Export(ClaimSet set, ClaimReviewOptions options)
    {
        Validate(options);
        using var stream = new MemoryStream();
        ClaimJson.WriteDocument(stream, json =>
        {
            json.WriteStartArray();
            foreach (var claim in set.Claims.Where(c => c.Verdict is not null)) WriteReview(json, claim, options);
            json.WriteEndArray();
        }, ClaimJson.HtmlSafeEncoder);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Validate(ClaimReviewOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.PublisherName))
            throw new ExportException("The publisher's name is empty: give the name of the fact-checking organisation (--publisher \"Fact Desk\").");
        foreach (var (url, what) in new[] { (options.PublisherUrl, "publisher's web address"), (options.PageUrl, "review page's address") })
        {
            if (url is not null && !MalformedUrlRule.IsWebAddress(url))
                throw new ExportException($"The {what} \"{url}\" is not a complete web address: give it whole, starting with https://.");
        }
    }

    private static void WriteReview(Utf8JsonWriter json, Claim claim, ClaimReviewOptions options)
    {
        var verdict = claim.Verdict!;
        json.WriteStartObject();
        json.WriteString("@context", Context);
        json.WriteString("@type", "ClaimReview");
        json.WriteString("url", (options.PageUrl ?? options.PublisherUrl).Split('#')[0] + "#" + claim.Id);
        json.WriteString("claimReviewed", claim.Statement.Text);
        if (options.DatePublished is { } published) json.WriteString("datePublished", ClaimJson.Day(published));

        json.WriteStartObject("author");
        json.WriteString("@type", "Organization");
        json.WriteString("name", options.PublisherName);
        json.WriteString("url", options.PublisherUrl);
        json.WriteEndObject();

        json.WriteStartObject("reviewRating");
        json.WriteString("@type", "Rating");
        if (verdict.Rating.Score() is { } score)
        {
            json.WriteNumber("ratingValue", score);
            json.WriteNumber("bestRating", Ratings.Best);
            json.WriteNumber("worstRating", Ratings.Worst);
        }
        json.WriteString("alternateName", verdict.Rating.Label());
        if (verdict.Explanation is { } explanation) json.WriteString("ratingExplanation", explanation);
        json.WriteEndObject();

        json.WriteStartObject("itemReviewed");
        json.WriteString("@type", "Claim");
        WriteParty(json, "author", claim.Speaker);
        if (ExactDay(claim.When) is { } day) json.WriteString("datePublished", ClaimJson.Day(day));
        WriteAppearance(json, claim.Article);
        json.WriteEndObject();

        json.WriteEndObject();
    }

    /// <summary>
    /// A person as a schema.org Person (with job title and affiliation when known); an
    /// organisation as an Organization; a group, which the article describes rather than names,
    /// as an Organization whose name is that description.
    /// </summary>
    private static void WriteParty(Utf8JsonWriter json, string property, Entity entity)
    {
        json.WriteStartObject(property);
        json.WriteString("@type", entity is Person ? "Person" : "Organization");
        json.WriteString("name", entity.Name);
        if (entity is Person { Role: { } role }) json.WriteString("jobTitle", role);
        if (entity is Person { Affiliation: { } of })
        {
            json.WriteStartObject("affiliation");
            json.WriteString("@type", "Organization");
            json.WriteString("name", of.Name);
            json.WriteEndObject();
        }
        if (entity is Group { IsUnnamed: true } group)
            json.WriteString("description", "Not named in the article" + (group.UnnamedReason is { } why ? ": " + why : "."));
        json.WriteEndObject();
    }

    private static void WriteAppearance(Utf8JsonWriter json, Article article)
    {
        json.WriteStartObject("appearance");
        json.WriteString("@type", "CreativeWork");
        if (article.Url is { } url) json.WriteString("url", url);
        if (article.Title is { } title) json.WriteString("headline", title);
        if (article.Published is { } published) json.WriteString("datePublished", ClaimJson.Day(published.Date));
        if (article.Outlet is { } outlet)
        {
            json.WriteStartObject("publisher");
            json.WriteString("@type", "Organization");
            json.WriteString("name", outlet.Name);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    /// <summary>The day a claim was made, when the file pins it to one day.</summary>
    internal static DateTime? ExactDay(ClaimDate? when) => when switch
    {
        OnDay day => day.Date,
        OnWeekday { Date: { } resolved } => resolved,
        _ => null,
    };
}
