using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Semantics;
using Xunit;

namespace ClaimDsl.Tests.Semantics;

/// <summary>Which article each claim is bound to, across files and when article ids clash.</summary>
public class BinderTests
{
    private const string Speaker = "person mayor \"Ana Delgado\"\n\n";

    private static string Claim(string id) => $"claim {id}\n  by mayor\n  paraphrase \"the bridge will close\"\n  source direct\n\n";

    [Fact]
    public void A_claim_at_the_top_of_a_file_does_not_join_the_last_article_of_a_file_it_imports()
    {
        var files = new Dictionary<string, string>
        {
            ["/w/shared.claims"] = Speaker + "article imported_story\n  title \"t\"\n\n" + Claim("in_shared"),
            ["/w/main.claims"] = "import \"shared.claims\"\n\n" + Claim("orphan") + "article main_story\n  title \"t\"\n\n" + Claim("in_main"),
        };

        var document = ClaimDocument.Load("/w/main.claims", new ClaimWorkspace(new InMemorySourceProvider(files)));

        // The file loaded comes first, then the files it imports.
        Assert.Equal(
            ["in_main -> main_story", "in_shared -> imported_story"],
            document.Claims.Select(c => $"{c.Id} -> {c.Article.Id}"));
        Assert.Contains(document.Diagnostics, d => d.Code == "CLM014" && d.Message.Contains("`orphan`"));
    }

    [Fact]
    public void Claims_under_a_second_article_with_a_taken_id_are_not_bound_to_either_article()
    {
        var text = Speaker
            + "article story\n  title \"first\"\n\n" + Claim("first_claim")
            + "article story\n  title \"second\"\n\n" + Claim("second_claim")
            + "article other\n  title \"third\"\n\n" + Claim("third_claim");

        var document = ClaimDocument.Parse(text);

        Assert.Equal(["story", "other"], document.Articles.Select(a => a.Id));
        Assert.Equal("first", document.Articles[0].Title);
        Assert.Equal(
            ["first_claim -> story", "third_claim -> other"],
            document.Claims.Select(c => $"{c.Id} -> {c.Article.Id}"));
        Assert.Contains(document.Diagnostics, d => d.Message.Contains("`story`"));
    }
}
