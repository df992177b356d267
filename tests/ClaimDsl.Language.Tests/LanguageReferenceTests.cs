using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using ClaimDsl.Model;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;
using ClaimDsl.Text;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>
/// docs/language.md against the library: the keyword, rating and organisation-kind tables
/// say what the library's tables say, every block shown parses, and every runnable example
/// prints what the page shows (or nothing).
/// </summary>
public class LanguageReferenceTests
{
    private static readonly DocPage Reference = DocPage.Load("docs", "language.md");

    /// <summary><c>| `title` | text | article | no | fixed |</c></summary>
    private static readonly Regex KeywordRow = new(@"^\| `(?<keyword>[a-z-]+)` \| (?<value>[^|]+) \| (?<in>[^|]+) \| (?<repeat>yes|no) \| (?<status>[^|]+) \|$", RegexOptions.Multiline);

    /// <summary><c>| `mostly-true` | Mostly true | 5 |</c></summary>
    private static readonly Regex RatingRow = new(@"^\| `(?<keyword>[a-z-]+)` \| (?<label>[^|]+) \| (?<score>[0-9]+|none) \|$", RegexOptions.Multiline);

    /// <summary><c>| `agency` | a news agency (Tass, Interfax, Reuters) |</c></summary>
    private static readonly Regex KindRow = new(@"^\| `(?<kind>[a-z]+)` \| [^|]+ \|$", RegexOptions.Multiline);

    private static readonly string[] BlockOrder = { "article", "person", "org", "group", "claim" };

    public static TheoryData<string> KeywordNames() => new(Keywords.All.Select(k => k.Name));

    [Fact]
    public void The_keyword_table_has_one_row_per_keyword_and_no_other()
    {
        var rows = KeywordRow.Matches(Reference.Text).Select(m => m.Groups["keyword"].Value).ToList();

        Assert.Equal(Keywords.All.Select(k => k.Name), rows);
    }

    [Theory]
    [MemberData(nameof(KeywordNames))]
    public void A_keyword_row_says_where_the_keyword_goes_and_whether_it_may_repeat(string name)
    {
        var spec = Keywords.Find(name)!;
        var row = KeywordRow.Matches(Reference.Text).SingleOrDefault(m => m.Groups["keyword"].Value == name);
        Assert.True(row is not null, $"docs/language.md has no row `| `{name}` | … |` in its keyword table.");

        string expectedPlace = spec.IsTopLevel
            ? "top level"
            : string.Join(", ", BlockOrder.Where(block => spec.AllowedIn.HasFlag(Keywords.SetOf(Keywords.All.Single(k => k.Name == block).Starts!.Value))));
        string place = row!.Groups["in"].Value.Trim(), repeat = row.Groups["repeat"].Value;
        Assert.True(place.StartsWith(expectedPlace, System.StringComparison.Ordinal), $"docs/language.md: `{name}` goes in `{expectedPlace}`, but its row says `{place}`.");
        Assert.True(repeat == (spec.Repeatable ? "yes" : "no"), $"docs/language.md: `{name}` {(spec.Repeatable ? "may" : "may not")} repeat, but its row says `{repeat}`.");
    }

    [Fact]
    public void The_verdict_table_gives_every_rating_its_label_and_score()
    {
        var rows = RatingRow.Matches(Reference.Text)
            .Select(m => (Keyword: m.Groups["keyword"].Value, Label: m.Groups["label"].Value.Trim(), Score: m.Groups["score"].Value))
            .ToList();
        var expected = Ratings.Keywords.Select(keyword =>
        {
            Ratings.TryParse(keyword, out var rating);
            return (Keyword: keyword, Label: rating.Label(), Score: rating.Score()?.ToString() ?? "none");
        }).ToList();

        Assert.Equal(expected, rows);
    }

    [Fact]
    public void The_organisation_kind_table_lists_exactly_the_kinds()
    {
        var rows = KindRow.Matches(Reference.Text).Select(m => m.Groups["kind"].Value).ToList();

        Assert.Equal(OrgKinds.Names, rows);
    }

    [Fact]
    public void Every_block_shown_on_the_page_parses_without_a_finding()
    {
        var fragments = Reference.CodeBlocks.Where(b => b.Info == "claims" && b.Argument.Length == 0).ToList();
        Assert.NotEmpty(fragments);

        foreach (var fragment in fragments)
        {
            var findings = ClaimParser.Parse(new SourceText(fragment.Content, "fragment.claims")).Diagnostics;
            Assert.True(findings.IsEmpty, $"docs/language.md line {fragment.Line}: the block does not parse cleanly:\n{string.Join("\n", findings)}");
        }
    }

    [Fact]
    public void Every_example_on_the_page_prints_what_the_page_shows()
    {
        var examples = DocExample.In(Reference.CodeBlocks);
        Assert.NotEmpty(examples);

        foreach (var example in examples)
        {
            Assert.True(example.Files.ContainsKey(DocExample.RootFile), $"docs/language.md line {example.Line}: an example needs a ```claims {DocExample.RootFile} block.");
            string actual = example.Run();
            string expected = example.ExpectedOutput ?? "";
            Assert.True(actual == expected,
                $"docs/language.md line {example.Line}: the example prints something else than the page shows{(expected.Length == 0 ? " (nothing)" : "")}. It prints:\n```output\n{actual}\n```");
        }
    }
}
