using System;
using System.IO;
using System.Linq;
using System.Reflection;
using ClaimDsl.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// Claim files full of what breaks generated code: keywords as ids, ids that collide in C#,
/// quotes, backslashes, comment and XML terminators, preprocessor lines, line separators, NUL,
/// lone surrogates, direction overrides. The code must compile without a single warning and
/// hold exactly what the file says.
/// </summary>
public class HostileInputTests
{
    private static readonly string HostilePath = Path.Combine(AppContext.BaseDirectory, "Inputs", "hostile.claims");

    private static GeneratorRun RunHostile() => GeneratorHarness.ForFiles((HostilePath, File.ReadAllText(HostilePath))).Run();

    [Fact]
    public void Generated_code_is_approved()
    {
        var run = RunHostile();

        Snapshot.Match(run.Source("Class.g.cs"));
    }

    [Fact]
    public void Compiles_without_any_warning()
    {
        var run = RunHostile();

        Assert.Empty(run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Names_are_valid_distinct_and_stable()
    {
        var type = RunHostile().Load().GetType(GeneratorHarness.Namespace + ".Class")!;

        Assert.Equal(["All", "Claims2", "Equals2", "ToString2"], Fields(type, "Claims"));
        Assert.Equal(["AB", "AB2"], Fields(type, "Groups"));
        Assert.Equal(["Namespace", "People2", "Record"], Fields(type, "People"));
        Assert.Equal(["Var"], Fields(type, "Organizations"));
        // In ordinal order `a-b` comes before `a_b`, so it keeps the plain name.
        Assert.Equal("a-b", Field<Group>(type, "Groups", "AB").Id);
        Assert.Equal("a_b", Field<Group>(type, "Groups", "AB2").Id);
    }

    [Fact]
    public void Values_are_exactly_what_the_file_says()
    {
        var type = RunHostile().Load().GetType(GeneratorHarness.Namespace + ".Class")!;
        var article = (Article)type.GetProperty("Article")!.GetValue(null)!;
        var all = (System.Collections.Generic.IReadOnlyList<Claim>)type.GetProperty("All")!.GetValue(null)!;

        Assert.Equal("class", article.Id);
        Assert.Equal("He said \"no\" \\ then */ </summary> ]]> & <b>", article.Title);
        Assert.Equal(new DateTimeOffset(2024, 1, 5, 9, 30, 0, TimeSpan.FromHours(2)), article.Published!.Moment);
        Assert.Equal(["A \"quoted\" byline", "Back\\slash"], article.Bylines);

        var namespacePerson = Field<Person>(type, "People", "Namespace");
        Assert.Equal("Nam\u00e9 \"Q\"", namespacePerson.Name);
        Assert.Equal("line\nbreak\ttab\u2028sep\u2029par", namespacePerson.Role);
        Assert.Same(Field<Organization>(type, "Organizations", "Var"), namespacePerson.Affiliation);
        Assert.Equal("Var \0 NUL", namespacePerson.Affiliation!.Name);
        Assert.Equal("kept \u202E reversed", Field<Group>(type, "Groups", "AB2").UnnamedReason);
        Assert.Same(Field<Group>(type, "Groups", "AB2"), Field<Group>(type, "Groups", "AB").IdentifiedAs);

        Assert.Equal(["all", "claims", "equals", "to_string"], all.Select(c => c.Id));
        var first = all[0];
        Assert.Same(first, Field<Claim>(type, "Claims", "All"));
        Assert.Same(article, first.Article);
        Assert.Same(namespacePerson, first.Speaker);
        Assert.Equal(Statement.Quote("#if DEBUG\n#endif */ \" \\ </summary> ]]> \u202E evil"), first.Statement);
        Assert.Equal(new OnWeekday(DayOfWeek.Friday, new DateTime(2024, 1, 5)), first.When);
        Assert.Equal("\"reporters\"", first.Audience!.Description);

        var second = all[1];
        Assert.Equal(Statement.Paraphrase("a lone surrogate \ud800 and an emoji 😀"), second.Statement);
        Assert.Equal(new BetweenDates(new DateTime(2024, 1, 1), new DateTime(2024, 1, 4)), second.When);
        var chain = Assert.Single(second.Sources).Relays;
        Assert.Equal(["var", "a-b", "a_b"], chain.Select(r => r.Id));
        Assert.Same(Field<Organization>(type, "Organizations", "Var"), chain[0]);
        Assert.Equal(new Verdict(Rating.PantsOnFire, "Because \\ and \" */"), second.Verdict);

        Assert.Equal(new InMonth(2024, 1), all[2].When);
        Assert.Equal(["a,b", "c\"d"], all[2].Tags);
        Assert.Equal(new InYear(2024), all[3].When);
        Assert.Equal(["https://example.org/?q=\"1\"&r=2"], all[3].Evidence);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        Assert.Equal(RunHostile().Source("Class.g.cs"), RunHostile().Source("Class.g.cs"));
    }

    private static string[] Fields(Type type, string nested) =>
        type.GetNestedType(nested)!.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name).Order(StringComparer.Ordinal).ToArray();

    private static T Field<T>(Type type, string nested, string name) =>
        (T)type.GetNestedType(nested)!.GetField(name)!.GetValue(null)!;
}
