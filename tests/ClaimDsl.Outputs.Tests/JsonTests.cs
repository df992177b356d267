using System;
using System.Linq;
using ClaimDsl.Json;
using ClaimDsl.Model;
using CsCheck;
using Xunit;

namespace ClaimDsl.Tests;

public class JsonTests
{
    private static readonly string SeedPath = RepositoryPaths.Of("examples", "Aleppo", "aleppo.claims");

    internal static void AssertSameRecords(ClaimSet expected, ClaimSet actual)
    {
        // As plain sequences: ImmutableArray's own equality compares array references.
        Assert.Equal(expected.Articles.ToArray(), actual.Articles.ToArray());
        Assert.Equal(expected.Entities.ToArray(), actual.Entities.ToArray());
        Assert.Equal(expected.Claims.ToArray(), actual.Claims.ToArray());
    }

    [Fact]
    public void The_seed_example_round_trips_and_references_are_the_same_objects()
    {
        var set = ClaimSet.From(ClaimDocument.Load(SeedPath).Model);
        string json = ClaimJson.Serialize(set);

        var back = ClaimJson.Deserialize(json);

        AssertSameRecords(set, back);
        Assert.Equal(json, ClaimJson.Serialize(back));
        foreach (var claim in back.Claims)
        {
            Assert.Same(back.Entities.Single(e => e.Id == claim.Speaker.Id), claim.Speaker);
            Assert.Same(back.Articles.Single(a => a.Id == claim.Article.Id), claim.Article);
            foreach (var relay in claim.Sources.SelectMany(s => s.Relays))
                Assert.Same(back.Entities.Single(e => e.Id == relay.Id), relay);
            if (claim.Audience?.Entity is { } audience) Assert.Same(back.Entities.Single(e => e.Id == audience.Id), audience);
        }
        var ayrault = Assert.IsType<Person>(back.Entities.Single(e => e.Id == "ayrault"));
        Assert.Same(back.Entities.Single(e => e.Id == "french_foreign_ministry"), ayrault.Affiliation);
        Assert.Same(back.Entities.Single(e => e.Id == "cnn"), back.Articles.Single().Outlet);
    }

    [Fact]
    public void Generated_models_round_trip()
    {
        ModelGen.Sets.Sample(set =>
        {
            var back = ClaimJson.Deserialize(ClaimJson.Serialize(set));
            AssertSameRecords(set, back);
            foreach (var claim in back.Claims)
                Assert.Same(back.Entities.Single(e => e.Id == claim.Speaker.Id), claim.Speaker);
        }, iter: 300);
    }

    [Fact]
    public void Output_uses_camel_case_language_words_and_iso_days()
    {
        var cnn = new Organization("cnn", "CNN") { Kind = OrganizationKind.Agency };
        var article = new Article("a") { Outlet = cnn, Published = new PublicationDate(new DateTime(2016, 10, 6)), TextPath = "t.txt" };
        var claim = new Claim("c", article, cnn, Statement.Paraphrase("words")) { When = new OnDay(new DateTime(2016, 10, 5)), Verdict = new Verdict(Rating.MostlyTrue) };

        string json = ClaimJson.Serialize(ClaimSet.FromRecords(new[] { claim }));

        Assert.Contains("\"kind\": \"agency\"", json);
        Assert.Contains("\"rating\": \"mostly-true\"", json);
        Assert.Contains("\"published\": \"2016-10-06\"", json);
        Assert.Contains("\"date\": \"2016-10-05\"", json);
        Assert.Contains("\"textPath\": \"t.txt\"", json);
        Assert.Contains("\"speaker\": \"cnn\"", json);
        Assert.DoesNotContain("\r", json);
        Assert.DoesNotContain("$ref", json);
        Assert.EndsWith("}\n", json);
    }

    [Fact]
    public void A_publication_moment_keeps_its_offset()
    {
        var moment = new DateTimeOffset(2016, 10, 6, 14, 5, 0, TimeSpan.FromHours(3));
        var article = new Article("a") { Published = new PublicationDate(moment.Date, moment) };
        var claim = new Claim("c", article, new Person("p", "P"), Statement.Quote("q"));

        string json = ClaimJson.Serialize(ClaimSet.FromRecords(new[] { claim }));
        var back = ClaimJson.Deserialize(json);

        Assert.Contains("\"published\": \"2016-10-06T14:05:00+03:00\"", json);
        Assert.Equal(TimeSpan.FromHours(3), back.Articles.Single().Published!.Moment!.Value.Offset);
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("{", "not valid JSON at line 1")]
    [InlineData("[]", "$: expected an object")]
    [InlineData("{\"version\": 1, \"articles\": [], \"entities\": []}", "$: \"claims\" is missing")]
    [InlineData("{\"version\": 2, \"articles\": [], \"entities\": [], \"claims\": []}", "version 2")]
    [InlineData("{\"version\": 1, \"articles\": [], \"entities\": [], \"claims\": [], \"extra\": 1}", "\"extra\" is not a property of the document")]
    [InlineData("{\"version\": 1, \"articles\": [{\"id\": \"a\"}], \"entities\": [], \"claims\": [{\"id\": \"c\", \"article\": \"a\", \"speaker\": \"nobody\", \"statement\": {\"kind\": \"quote\", \"text\": \"x\"}}]}", "$.claims[0].speaker: there is no entity with the id `nobody`")]
    [InlineData("{\"version\": 1, \"articles\": [], \"entities\": [{\"type\": \"person\", \"id\": \"p\", \"name\": 5}], \"claims\": []}", "$.entities[0].name: expected a string, found a number")]
    [InlineData("{\"version\": 1, \"articles\": [], \"entities\": [{\"type\": \"person\", \"id\": \"9p\", \"name\": \"P\"}], \"claims\": []}", "$.entities[0]: this person is not valid: '9p' is not a valid id")]
    [InlineData("{\"version\": 1, \"articles\": [], \"entities\": [{\"type\": \"robot\", \"id\": \"p\", \"name\": \"P\"}], \"claims\": []}", "\"robot\" is not a kind of entity")]
    [InlineData("{\"version\": 1, \"articles\": [], \"entities\": [{\"type\": \"organization\", \"id\": \"a\", \"name\": \"A\", \"parent\": \"b\"}, {\"type\": \"organization\", \"id\": \"b\", \"name\": \"B\", \"parent\": \"a\"}], \"claims\": []}", "refer to each other in a loop")]
    [InlineData("{\"version\": 1, \"articles\": [{\"id\": \"a\", \"published\": \"06/10/2016\"}], \"entities\": [], \"claims\": []}", "$.articles[0].published: \"06/10/2016\" is not a date")]
    [InlineData("{\"version\": 1, \"articles\": [{\"id\": \"a\"}], \"entities\": [{\"type\": \"person\", \"id\": \"p\", \"name\": \"P\"}], \"claims\": [{\"id\": \"c\", \"article\": \"a\", \"speaker\": \"p\", \"statement\": {\"kind\": \"quote\", \"text\": \"x\"}, \"verdict\": {\"rating\": \"pants-on-fire!\"}}]}", "\"pants-on-fire!\" is not a rating")]
    [InlineData("{\"version\": 1, \"articles\": [{\"id\": \"a\"}], \"entities\": [{\"type\": \"person\", \"id\": \"p\", \"name\": \"P\"}], \"claims\": [{\"id\": \"c\", \"article\": \"a\", \"speaker\": \"p\", \"statement\": {\"kind\": \"quote\", \"text\": \" \"}}]}", "$.claims[0].statement: this statement is not valid: A text is required")]
    [InlineData("{\"version\": 1, \"articles\": [{\"id\": \"a\"}], \"entities\": [{\"type\": \"person\", \"id\": \"p\", \"name\": \"P\"}], \"claims\": [{\"id\": \"c\", \"article\": \"a\", \"speaker\": \"p\", \"statement\": {\"kind\": \"quote\", \"text\": \"x\"}, \"sources\": [{\"type\": \"relays\", \"relays\": []}]}]}", "a relay chain needs at least one entity id")]
    public void Malformed_json_is_reported_with_where_and_why(string json, string expected)
    {
        var error = Assert.Throws<ClaimJsonException>(() => ClaimJson.Deserialize(json));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Any_damage_to_valid_json_gives_a_ClaimJsonException_and_nothing_else()
    {
        var gen = Gen.Select(ModelGen.Sets, Gen.Int[0, int.MaxValue], Gen.Int[0, 3], Gen.Char["{}[]\",:0a "]);
        gen.Sample((set, position, damage, ch) =>
        {
            string json = ClaimJson.Serialize(set);
            int at = position % json.Length;
            string damaged = damage switch
            {
                0 => json.Substring(0, at),
                1 => json.Remove(at, 1),
                2 => json.Insert(at, ch.ToString()),
                _ => json.Remove(at, 1).Insert(at, ch.ToString()),
            };
            try
            {
                ClaimJson.Deserialize(damaged);
            }
            catch (ClaimJsonException)
            {
                // The only failure allowed: a located, explained one.
            }
        }, iter: 300);
    }
}

public class JsonEdgeTests
{
    [Fact]
    public void A_lone_surrogate_written_as_an_escape_in_a_claim_file_exports_without_crashing()
    {
        var document = ClaimFiles.Check("person p \"P\"\narticle a\nclaim c\n  by p\n  paraphrase \"half \\uD800 a pair\"\n  source direct\n");
        var set = ClaimSet.From(document.Model);

        string json = ClaimJson.Serialize(set);

        Assert.Equal("half \uFFFD a pair", ClaimJson.Deserialize(json).Claims.Single().Statement.Text);
    }
}
