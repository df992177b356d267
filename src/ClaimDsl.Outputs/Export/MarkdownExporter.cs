using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using ClaimDsl.Model;
using ClaimDsl.Semantics;

namespace ClaimDsl.Export;

/// <summary>
/// A readable report (GitHub-flavoured Markdown): per article its title, outlet and date, then a
/// table of who said what, when, where, to whom, sourced from whom — relay chains spelled out
/// from the article to the speaker, <c>CNN ← Tass ← Igor Konashenkov</c> — and the verdicts.
/// </summary>
public static class MarkdownExporter
{
    public static string Export(ClaimSet set)
    {
        var md = new StringBuilder();
        int claims = set.Claims.Length, articles = set.Articles.Length;
        md.Append("# Claims\n\n");
        md.Append(Count(claims, "claim")).Append(" in ").Append(Count(articles, "article")).Append(".\n");
        foreach (var article in set.Articles) WriteArticle(md, article, set.ClaimsOf(article).ToList());
        return md.ToString();
    }

    private static void WriteArticle(StringBuilder md, Article article, List<Claim> claims)
    {
        md.Append("\n## ").Append(Inline(article.Title ?? article.Id)).Append("\n\n");
        var facts = new List<string> { "Article `" + article.Id + "`" };
        if (article.Outlet is { } outlet) facts.Add("Outlet: " + Inline(outlet.Name));
        if (article.Published is { } published) facts.Add("Published: " + Dates.Describe(published.Date));
        if (article.Bylines.Count > 0) facts.Add("By: " + Inline(string.Join(", ", article.Bylines)));
        if (article.Url is { } url) facts.Add("<" + url.Replace(">", "%3E").Replace(" ", "%20") + ">");
        md.Append(string.Join(" · ", facts)).Append("\n\n");
        if (claims.Count == 0)
        {
            md.Append("No claims.\n");
            return;
        }

        md.Append("| Claim | Who | What | When | Where | To whom | Sourced from | Verdict |\n");
        md.Append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var claim in claims)
        {
            var cells = new[]
            {
                "`" + claim.Id + "`",
                Cell(Who(claim.Speaker)),
                Cell(What(claim)),
                Cell(ClaimDates.Words(claim.When)),
                Cell(claim.Place ?? ""),
                Cell(claim.Audience?.Text ?? ""),
                Cell(Sources(claim)),
                Cell(Verdict(claim.Verdict)),
            };
            md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        }
    }

    private static string Who(Entity speaker) => speaker switch
    {
        Person { Role: { } role } => speaker.Name + " (" + role + ")",
        Group { IsUnnamed: true } => speaker.Name + " (unnamed)",
        _ => speaker.Name,
    };

    private static string What(Claim claim)
    {
        string said = claim.Statement.Kind == StatementKind.Quote
            ? "“" + claim.Statement.Text + "”"
            : "In other words: " + claim.Statement.Text;
        return claim.Context is { } context ? said + "\n(" + context + ")" : said;
    }

    /// <summary>Each source as a chain from the article to the speaker, one per line.</summary>
    private static string Sources(Claim claim)
    {
        if (claim.Sources.Count == 0) return "NO SOURCE GIVEN";
        string article = claim.Article.Outlet?.Name ?? "the article";
        return string.Join("\n", claim.Sources.Select(source => source.IsDirect
            ? article + " ← " + claim.Speaker.Name + " (on the record)"
            : string.Join(" ← ", new[] { article }.Concat(source.Relays.Select(r => r.Name)).Append(claim.Speaker.Name))));
    }

    private static string Verdict(Verdict? verdict) =>
        verdict is null ? "" : verdict.Rating.Label() + (verdict.Explanation is { } why ? ": " + why : "");

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");

    /// <summary>A table cell: Markdown's special characters escaped, line breaks as &lt;br&gt;.</summary>
    internal static string Cell(string text) =>
        string.Join("<br>", text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(Escape));

    /// <summary>Text on one line (a heading): special characters escaped, line breaks as spaces.</summary>
    private static string Inline(string text) => Escape(text.Replace("\r\n", " ").Replace('\r', ' ').Replace('\n', ' '));

    /// <summary>
    /// Backslash before every character that Markdown or a table would read as markup
    /// (<c>\ ` * _ [ ] &lt; &gt; | #</c>), and <c>&amp;</c> as an entity, so text shows as written.
    /// </summary>
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>': case '|': case '#':
                    escaped.Append('\\').Append(c);
                    break;
                case '&':
                    escaped.Append("&amp;");
                    break;
                case '\t':
                    escaped.Append(' ');
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }
        return escaped.ToString();
    }
}
