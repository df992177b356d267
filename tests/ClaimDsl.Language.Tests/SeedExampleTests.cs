using System.IO;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Model;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>The seed example: every claim of the seed article, checked against its text.</summary>
public class SeedExampleTests
{
    private static readonly string ExamplePath = RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims");

    [Fact]
    public void Seed_example_checks_without_errors()
    {
        var document = ClaimDocument.Load(ExamplePath);

        Assert.Empty(document.Diagnostics.Where(d => d.Severity == Severity.Error));
        Assert.True(document.Claims.Length >= 12, $"expected every claim of the article, got {document.Claims.Length}");
        Assert.All(document.Claims, c => Assert.NotEmpty(c.Sources));
    }

    [Fact]
    public void Weekdays_resolve_against_the_publication_date()
    {
        var document = ClaimDocument.Load(ExamplePath);

        var fate = document.Claims.Single(c => c.Id == "inevitable_fate");
        Assert.Equal(new System.DateTime(2016, 10, 5), Assert.IsType<OnWeekday>(fate.When).Date);
        var grave = document.Claims.Single(c => c.Id == "situation_grave");
        Assert.Equal(new System.DateTime(2016, 10, 6), Assert.IsType<OnWeekday>(grave.When).Date);
    }

    [Theory]
    [InlineData("situation is grave and serious", "situation is grave and dangerous")]
    [InlineData("will meet their inevitable fate", "will meet their certain fate")]
    public void Changing_one_word_of_a_quote_reports_CLM040_at_that_quote(string original, string changed)
    {
        string text = File.ReadAllText(ExamplePath).Replace(original, changed);
        int line = text.Split('\n').ToList().FindIndex(l => l.Contains(changed)) + 1;

        var document = ClaimDocument.Parse(text, ExamplePath);

        var error = Assert.Single(document.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("CLM040", error.Code);
        Assert.Equal(line, error.Span.StartLine);
        Assert.Contains(original.Split(' ').Last(), error.Message);
    }

    [Fact]
    public void Deleting_a_source_line_reports_CLM010_at_that_claim()
    {
        var lines = File.ReadAllLines(ExamplePath).ToList();
        int header = lines.FindIndex(l => l.StartsWith("claim officers_on_the_ground"));
        int source = lines.FindIndex(header, l => l.TrimStart().StartsWith("source "));
        lines.RemoveAt(source);

        var document = ClaimDocument.Parse(string.Join("\n", lines), ExamplePath);

        var error = Assert.Single(document.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("CLM010", error.Code);
        Assert.Equal(header + 1, error.Span.StartLine);
    }
}
