using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimDsl.Export;
using ClaimDsl.Model;
using ClaimDsl.Semantics;
using Xunit;

namespace ClaimDsl.Tests;

public class ExportTests
{
    private static readonly string SeedPath = RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims");

    private static readonly ClaimReviewOptions Publisher = new("Fact Desk", "https://factdesk.example") { PageUrl = "https://factdesk.example/checks/aleppo" };

    private static ClaimSet Seed() => ClaimSet.From(ClaimDocument.Load(SeedPath).Model);

    /// <summary>The seed's claims with verdicts on four of them: on the scale, off it, with and without explanation.</summary>
    private static ClaimSet SeedWithVerdicts()
    {
        var verdicts = new Dictionary<string, Verdict>
        {
            ["situation_grave"] = new(Rating.True, "Both ministers said so </script> on camera & in print."),
            ["officers_on_the_ground"] = new(Rating.Unproven),
            ["hotheads_warning"] = new(Rating.False, "No such measures were announced."),
            ["residents_hesitant_corridors"] = new(Rating.Misleading),
        };
        var seed = Seed();
        return ClaimSet.FromRecords(seed.Claims.Select(c => verdicts.TryGetValue(c.Id, out var v) ? c with { Verdict = v } : c), seed.Entities, seed.Articles);
    }

    [Fact]
    public void Format_names_parse_in_any_case()
    {
        Assert.Equal(new[] { "json", "claimreview", "csv", "markdown" }, ClaimExporter.FormatNames);
        Assert.True(ClaimExporter.TryParseFormat("ClaimReview", out var format));
        Assert.Equal(ExportFormat.ClaimReview, format);
        Assert.False(ClaimExporter.TryParseFormat("xml", out _));
        Assert.Equal(new[] { ".json", ".jsonld", ".csv", ".md" }, new[] { ExportFormat.Json, ExportFormat.ClaimReview, ExportFormat.Csv, ExportFormat.Markdown }.Select(ClaimExporter.ExtensionOf));
    }

    // ------------------------------------------------------------- claimreview

    [Fact]
    public void ClaimReview_has_one_review_per_claim_with_a_verdict_in_schema_org_shape()
    {
        string jsonld = ClaimExporter.Export(SeedWithVerdicts(), ExportFormat.ClaimReview, new ExportOptions { ClaimReview = Publisher });

        using var document = JsonDocument.Parse(jsonld);
        var reviews = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(4, reviews.Count);
        foreach (var review in reviews)
        {
            Assert.Equal("https://schema.org", review.GetProperty("@context").GetString());
            Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(review.GetProperty("claimReviewed").GetString()));
            Assert.StartsWith("https://factdesk.example/checks/aleppo#", review.GetProperty("url").GetString());
            var author = review.GetProperty("author");
            Assert.Equal("Organization", author.GetProperty("@type").GetString());
            Assert.Equal("Fact Desk", author.GetProperty("name").GetString());
            Assert.Equal("https://factdesk.example", author.GetProperty("url").GetString());
            var rating = review.GetProperty("reviewRating");
            Assert.Equal("Rating", rating.GetProperty("@type").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rating.GetProperty("alternateName").GetString()));
            var item = review.GetProperty("itemReviewed");
            Assert.Equal("Claim", item.GetProperty("@type").GetString());
            Assert.Contains(item.GetProperty("author").GetProperty("@type").GetString(), new[] { "Person", "Organization" });
            Assert.False(string.IsNullOrWhiteSpace(item.GetProperty("author").GetProperty("name").GetString()));
            var appearance = item.GetProperty("appearance");
            Assert.Equal("CreativeWork", appearance.GetProperty("@type").GetString());
            Assert.Equal("Syria: France submits draft UN resolution over Aleppo crisis", appearance.GetProperty("headline").GetString());
            Assert.Equal("2016-10-06", appearance.GetProperty("datePublished").GetString());
            Assert.Equal("CNN", appearance.GetProperty("publisher").GetProperty("name").GetString());
        }

        var grave = reviews.Single(r => r.GetProperty("url").GetString()!.EndsWith("#situation_grave"));
        Assert.Equal("situation is grave and serious", grave.GetProperty("claimReviewed").GetString());
        Assert.Equal(6, grave.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
        Assert.Equal(6, grave.GetProperty("reviewRating").GetProperty("bestRating").GetInt32());
        Assert.Equal(1, grave.GetProperty("reviewRating").GetProperty("worstRating").GetInt32());
        Assert.Equal("True", grave.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.Equal("Jean-Marc Ayrault", grave.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("French Foreign Minister", grave.GetProperty("itemReviewed").GetProperty("author").GetProperty("jobTitle").GetString());
        Assert.Equal("2016-10-06", grave.GetProperty("itemReviewed").GetProperty("datePublished").GetString());

        var hotheads = reviews.Single(r => r.GetProperty("url").GetString()!.EndsWith("#hotheads_warning"));
        Assert.Equal(2, hotheads.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
        Assert.Equal("No such measures were announced.", hotheads.GetProperty("reviewRating").GetProperty("ratingExplanation").GetString());

        var residents = reviews.Single(r => r.GetProperty("url").GetString()!.EndsWith("#residents_hesitant_corridors"));
        Assert.False(residents.GetProperty("reviewRating").TryGetProperty("ratingValue", out _));
        Assert.False(residents.GetProperty("reviewRating").TryGetProperty("bestRating", out _));
        Assert.Equal("Misleading", residents.GetProperty("reviewRating").GetProperty("alternateName").GetString());
        Assert.False(residents.GetProperty("itemReviewed").TryGetProperty("datePublished", out _));
        Assert.Equal("Organization", residents.GetProperty("itemReviewed").GetProperty("author").GetProperty("@type").GetString());
        Assert.Equal("Many Aleppo residents", residents.GetProperty("itemReviewed").GetProperty("author").GetProperty("name").GetString());
    }

    [Fact]
    public void ClaimReview_can_sit_inside_an_html_script_element()
    {
        string jsonld = ClaimExporter.Export(SeedWithVerdicts(), ExportFormat.ClaimReview, new ExportOptions { ClaimReview = Publisher });

        Assert.DoesNotContain("</script>", jsonld);
        Assert.DoesNotContain("&", jsonld);
        using var document = JsonDocument.Parse(jsonld);
        Assert.Contains(document.RootElement.EnumerateArray(), r => r.GetProperty("reviewRating").TryGetProperty("ratingExplanation", out var e) && e.GetString()!.Contains("</script> on camera & in print"));
    }

    [Fact]
    public void ClaimReview_needs_a_publisher_with_a_web_address()
    {
        Assert.Contains("--publisher", Assert.Throws<ExportException>(() => ClaimExporter.Export(Seed(), ExportFormat.ClaimReview)).Message);
        Assert.Contains("not a complete web address", Assert.Throws<ExportException>(() => ClaimReviewExporter.Export(Seed(), new ClaimReviewOptions("Desk", "factdesk.example"))).Message);
        Assert.Contains("name is empty", Assert.Throws<ExportException>(() => ClaimReviewExporter.Export(Seed(), new ClaimReviewOptions(" ", "https://factdesk.example"))).Message);
    }

    [Fact]
    public void ClaimReview_with_no_verdicts_is_an_empty_array_and_output_is_deterministic()
    {
        Assert.Equal("[]\n", ClaimReviewExporter.Export(Seed(), Publisher));
        Assert.Equal(ClaimReviewExporter.Export(SeedWithVerdicts(), Publisher), ClaimReviewExporter.Export(SeedWithVerdicts(), Publisher));
    }

    // ------------------------------------------------------------- csv

    [Fact]
    public void Csv_of_the_seed_is_strict_rfc4180_with_one_row_per_claim()
    {
        var seed = Seed();
        string csv = ClaimExporter.Export(seed, ExportFormat.Csv);

        var records = Rfc4180.Parse(csv);

        Assert.Equal(CsvExporter.Columns, records[0]);
        Assert.Equal(seed.Claims.Length + 1, records.Count);
        Assert.All(records, r => Assert.Equal(CsvExporter.Columns.Count, r.Length));
        var officers = records.Single(r => r[1] == "officers_on_the_ground");
        Assert.Equal(new[] { "aleppo_un_draft", "officers_on_the_ground", "konashenkov", "Igor Konashenkov", "quote" }, officers.Take(5));
        Assert.Equal("2016-10-06", officers[6]);
        Assert.Equal("tass", officers[10]);
        Assert.Equal("russia; syria", officers[13]);
        var regime = records.Single(r => r[1] == "regime_took_key_part");
        Assert.Equal("syrian_state_media; uk_monitor", regime[10]);
        var residents = records.Single(r => r[1] == "residents_hesitant_corridors");
        Assert.Equal("earlier this year", residents[6]);
        Assert.Equal("CNN", residents[8]);
    }

    [Fact]
    public void Csv_fields_survive_commas_quotes_line_breaks_and_relay_chains()
    {
        var tass = new Organization("tass", "Tass");
        var interfax = new Organization("interfax", "Interfax");
        var speaker = new Person("p", "Smith, \"Jo\"");
        var article = new Article("a");
        string text = "Line one, with \"quotes\"\r\nline two\nline three\rend";
        var claim = new Claim("c", article, speaker, Statement.Quote(text))
        {
            Sources = new[] { ClaimSource.Direct, ClaimSource.Via(tass, interfax) },
            When = new BetweenDates(new DateTime(2016, 1, 1), new DateTime(2016, 6, 30)),
            Verdict = new Verdict(Rating.PantsOnFire, "nope, \"really\""),
            Evidence = new[] { "https://a.example/1", "https://b.example/2" },
        };

        var row = Rfc4180.Parse(CsvExporter.Export(ClaimSet.FromRecords(new[] { claim })))[1];

        Assert.Equal("Smith, \"Jo\"", row[3]);
        Assert.Equal(text, row[5]);
        Assert.Equal("2016-01-01/2016-06-30", row[6]);
        Assert.Equal("direct; tass <- interfax", row[10]);
        Assert.Equal("pants-on-fire", row[11]);
        Assert.Equal("nope, \"really\"", row[12]);
        Assert.Equal("https://a.example/1 https://b.example/2", row[14]);
    }

    [Fact]
    public void Csv_of_generated_sets_parses_back_to_the_claims_texts()
    {
        CsCheck.Check.Sample(ModelGen.Sets, set =>
        {
            var records = Rfc4180.Parse(CsvExporter.Export(set));
            Assert.Equal(set.Claims.Select(c => c.Statement.Text), records.Skip(1).Select(r => r[5]));
            Assert.Equal(set.Claims.Select(c => c.Speaker.Name), records.Skip(1).Select(r => r[3]));
            Assert.Equal(set.Claims.Select(c => c.Verdict?.Explanation ?? ""), records.Skip(1).Select(r => r[12]));
        }, iter: 200);
    }

    // ------------------------------------------------------------- markdown

    [Fact]
    public void Markdown_reports_each_article_with_relay_chains_spelled_out()
    {
        string md = ClaimExporter.Export(SeedWithVerdicts(), ExportFormat.Markdown);

        Assert.StartsWith("# Claims\n\n13 claims in 1 article.\n", md);
        Assert.Contains("\n## Syria: France submits draft UN resolution over Aleppo crisis\n", md);
        Assert.Contains("Outlet: CNN · Published: Thursday 6 October 2016", md);
        Assert.Contains("CNN ← Tass ← Igor Konashenkov", md);
        Assert.Contains("CNN ← Jean-Marc Ayrault (on the record)", md);
        Assert.Contains("CNN ← Syrian state media ← CNN<br>CNN ← a UK-based monitoring group ← CNN", md);
        Assert.Contains("Wednesday 5 October 2016", md);
        Assert.Contains("“earlier this year”", md);
        Assert.Contains("No such measures were announced.", md);
        Assert.Equal(13, TableRows(md).Count() - 1);
    }

    [Fact]
    public void Markdown_cells_escape_pipes_backticks_and_line_breaks()
    {
        var speaker = new Person("p", "A | B `x`");
        var claim = new Claim("c", new Article("a") { Title = "Title with # and *stars*" }, speaker, Statement.Paraphrase("one | two\nthree `code` <b>bold</b> \\| & [link](x)"))
        {
            Sources = new[] { ClaimSource.Direct },
        };

        string md = MarkdownExporter.Export(ClaimSet.FromRecords(new[] { claim }));

        Assert.Contains("## Title with \\# and \\*stars\\*\n", md);
        Assert.Contains("A \\| B \\`x\\`", md);
        Assert.Contains("one \\| two<br>three \\`code\\` \\<b\\>bold\\</b\\> \\\\\\| &amp; \\[link\\](x)", md);
        Assert.All(TableRows(md), row => Assert.Equal(9, UnescapedPipes(row)));
    }

    [Fact]
    public void Markdown_tables_of_generated_sets_always_have_eight_cells_a_row()
    {
        CsCheck.Check.Sample(ModelGen.Sets, set =>
        {
            var rows = TableRows(MarkdownExporter.Export(set)).ToList();
            Assert.All(rows, row => Assert.Equal(9, UnescapedPipes(row)));
            Assert.Equal(set.Claims.Length, rows.Count(r => !r.StartsWith("| Claim |") && !r.StartsWith("| ---")));
        }, iter: 200);
    }

    private static IEnumerable<string> TableRows(string md) => md.Split('\n').Where(l => l.StartsWith("| ") && !l.StartsWith("| ---"));

    private static int UnescapedPipes(string row) => Regex.Matches(row, @"(?<!\\)(\\\\)*\|").Count;

    // ------------------------------------------------------------- sets of several files

    [Fact]
    public void Files_sharing_an_import_merge_and_ids_meaning_two_things_are_refused()
    {
        var files = new Dictionary<string, string>
        {
            ["/c/people.claims"] = "person p \"P\"\n",
            ["/c/one.claims"] = "import \"people.claims\"\narticle a1\nclaim c1\n  by p\n  says \"x\"\n  source direct\n",
            ["/c/two.claims"] = "import \"people.claims\"\narticle a2\nclaim c2\n  by p\n  says \"y\"\n  source direct\n",
            ["/c/clash.claims"] = "person p \"Someone else\"\narticle a3\n",
        };
        var workspace = new ClaimWorkspace(new InMemorySourceProvider(files));
        var one = ClaimDocument.Load("/c/one.claims", workspace);
        var two = ClaimDocument.Load("/c/two.claims", workspace);

        var set = ClaimSet.FromDocuments(new[] { one, two });

        Assert.Equal(new[] { "p" }, set.Entities.Select(e => e.Id));
        Assert.Equal(new[] { "c1", "c2" }, set.Claims.Select(c => c.Id));
        var clash = ClaimDocument.Load("/c/clash.claims", workspace);
        var error = Assert.Throws<ClaimSetConflictException>(() => ClaimSet.FromDocuments(new[] { one, clash }));
        Assert.Equal("p", error.Id);
        Assert.Contains("/c/people.claims", error.Message);
        Assert.Contains("/c/clash.claims", error.Message);
    }
}
