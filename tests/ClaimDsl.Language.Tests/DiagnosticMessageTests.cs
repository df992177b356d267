using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Semantics;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>
/// Messages and findings corrected while writing docs/diagnostics.md: each test pins one
/// case where the library said something wrong or said nothing.
/// </summary>
public class DiagnosticMessageTests
{
    private static ClaimDocument Check(string text, params (string Path, string Text)[] otherFiles)
    {
        var files = otherFiles.Select(f => new KeyValuePair<string, string>(f.Path, f.Text)).Append(new("example.claims", text));
        return ClaimDocument.Parse(text, "example.claims", new InMemorySourceProvider(files));
    }

    [Fact]
    public void A_capitalised_weekday_is_answered_with_the_same_day_in_lower_case()
    {
        var document = Check("article a\n  published 2016-10-06\nperson x \"X\"\nclaim c\n  by x\n  paraphrase \"p\"\n  on Thursday\n  source direct\n");

        var error = Assert.Single(document.Diagnostics, d => d.Code == "CLM035");
        Assert.Contains("Did you mean `thursday`?", error.Message);
    }

    [Fact]
    public void A_line_below_an_import_is_reported_as_misplaced()
    {
        var document = Check("import \"people.claims\"\n  note \"shared people\"\n", ("people.claims", "person x \"X\"\n"));

        var error = Assert.Single(document.Diagnostics);
        Assert.Equal("CLM002", error.Code);
        Assert.Equal(2, error.Span.StartLine);
        Assert.Equal("`note` does not belong in an import block: an import is one line, such as import \"shared/people.claims\". `note` goes in article, person, org, group or claim blocks.", error.Message);
    }

    [Fact]
    public void A_misplaced_keyword_names_only_the_blocks_it_belongs_in()
    {
        var document = Check("article a\n  says \"words\"\n");

        var error = Assert.Single(document.Diagnostics);
        Assert.StartsWith("`says` does not belong in an article block; it goes in claim blocks.", error.Message);
    }

    [Fact]
    public void A_text_on_the_first_line_is_not_said_to_continue_a_line_above()
    {
        var document = Check("\"stray words\"\narticle a\n");

        var error = Assert.Single(document.Diagnostics);
        Assert.Equal("CLM001", error.Code);
        Assert.Contains("there is no line above it to continue", error.Message);
    }

    [Theory]
    [InlineData("2016-02-30", "CLM030")]
    [InlineData("2016-10", "CLM001")]
    public void A_weekday_in_an_article_whose_publication_date_is_unusable_is_not_reported_twice(string published, string publishedError)
    {
        // The `published` line is reported where it is; every weekday below it saying so again would bury it.
        var document = Check($"article a\n  published {published}\nperson x \"X\"\nclaim c\n  by x\n  paraphrase \"p\"\n  on thursday\n  source direct\n");

        var error = Assert.Single(document.Diagnostics);
        Assert.Equal(publishedError, error.Code);
        Assert.Equal(2, error.Span.StartLine);
    }

    [Theory]
    [InlineData("  published 2016-10", 13)]
    [InlineData("  published 2016", 13)]
    [InlineData("  on between 2016-01 and 2016-06-30", 14)]
    [InlineData("  on between 2016-01-01 and 2016", 29)]
    public void A_month_or_year_where_a_full_date_is_needed_is_reported_at_it(string line, int column)
    {
        string block = line.Contains("published") ? $"article a\n{line}\n" : $"article a\nperson x \"X\"\nclaim c\n  by x\n  paraphrase \"p\"\n{line}\n  source direct\n";

        var document = Check(block);

        var error = Assert.Single(document.Diagnostics);
        Assert.Equal("CLM001", error.Code);
        Assert.Equal(column, error.Span.StartColumn);
        Assert.Contains("full date", error.Message);
    }

    [Fact]
    public void An_import_cycle_back_to_a_root_given_with_a_dot_path_is_found_and_the_root_is_read_once()
    {
        var files = new Dictionary<string, string>
        {
            ["main.claims"] = "import \"shared/people.claims\"\nperson ayrault \"Jean-Marc Ayrault\"\n",
            ["shared/people.claims"] = "import \"../main.claims\"\n",
        };

        var document = ClaimDocument.Parse(files["main.claims"], "./main.claims", new InMemorySourceProvider(files));

        Assert.Equal(2, document.Compilation.Trees.Length);
        var cycle = Assert.Single(document.Diagnostics);
        Assert.Equal("CLM024", cycle.Code);
        Assert.Equal("shared/people.claims", cycle.FilePath);
    }
}
