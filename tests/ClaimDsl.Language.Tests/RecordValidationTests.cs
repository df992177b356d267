using System;
using System.Linq;
using ClaimDsl.Model;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>Records built in code keep their invariants, and are checked by the same rules as files.</summary>
public class RecordValidationTests
{
    private static readonly Article Article = new("news") { Published = new PublicationDate(new DateTime(2016, 10, 6)) };
    private static readonly Person Speaker = new("ayrault", "Jean-Marc Ayrault");

    [Fact]
    public void A_claim_needs_a_speaker_words_and_a_valid_id()
    {
        Assert.Throws<ArgumentNullException>(() => new Claim("c", Article, null!, Statement.Quote("words")));
        Assert.Throws<ArgumentException>(() => Statement.Quote("   "));
        Assert.Throws<ArgumentException>(() => new Claim("not an id", Article, Speaker, Statement.Quote("words")));
        Assert.Throws<ArgumentException>(() => ClaimSource.Via());
    }

    [Fact]
    public void Hand_built_claims_are_validated_by_the_language_rules()
    {
        var unsourced = new Claim("unsourced", Article, Speaker, Statement.Quote("words"));
        var afterPublication = new Claim("later", Article, Speaker, Statement.Paraphrase("words"))
        {
            When = new OnDay(new DateTime(2016, 10, 9)),
            Sources = ValueList.Of(ClaimSource.Direct),
        };

        // Infos aside: the article has no text, so CLM042 rightly says its quote went unchecked.
        var diagnostics = ClaimDocument.Validate(new[] { unsourced, afterPublication }).Where(d => d.Severity != Diagnostics.Severity.Info).ToList();

        Assert.Equal(new[] { "CLM010", "CLM032" }, diagnostics.Select(d => d.Code).OrderBy(c => c).ToArray());
        Assert.Contains("unsourced", diagnostics.Single(d => d.Code == "CLM010").Message);
        Assert.Contains("later", diagnostics.Single(d => d.Code == "CLM032").Message);
    }

    [Fact]
    public void Records_compare_by_value()
    {
        var a = new Claim("c", Article, Speaker, Statement.Quote("words")) { Tags = ValueList.Of("x", "y") };
        var b = new Claim("c", Article, new Person("ayrault", "Jean-Marc Ayrault"), Statement.Quote("words")) { Tags = ValueList.Of("x", "y") };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }
}
