using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using ClaimDsl.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// The driver is run twice with step tracking: what each step did on the second run shows
/// whether the generator re-does only what an edit requires.
/// </summary>
public class CachingTests
{
    private static (string, string)[] ThreeFiles() =>
    [
        ("/p/one.claims", Claims("one")),
        ("/p/two.claims", Claims("two")),
        ("/p/three.claims", "import \"two.claims\"\n" + Claims("three").Replace("by speaker_three", "by speaker_two")),
    ];

    private static string Claims(string name) =>
        $"article article_{name}\nperson speaker_{name} \"Speaker {name}\"\nclaim said_{name}\n  by speaker_{name}\n  paraphrase \"Words of {name}\"\n  source direct\n";

    [Fact]
    public void Editing_csharp_re_runs_no_claims_step()
    {
        var harness = GeneratorHarness.ForFiles(ThreeFiles());
        harness.Run();

        harness.EditCSharp("namespace Test { internal static class Program { private static int x; } }");
        var second = harness.Run();

        foreach (var (step, runs) in OwnSteps(second))
            foreach (var output in runs.SelectMany(r => r.Outputs))
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {output.Reason}");
        Assert.Equal(3, second.Sources.Count);
    }

    [Fact]
    public void Editing_one_file_re_checks_that_file_and_the_files_importing_it_only()
    {
        var harness = GeneratorHarness.ForFiles(ThreeFiles());
        harness.Run();

        // A new name for the speaker that three.claims imports and quotes.
        harness.ReplaceFile("/p/two.claims", Claims("two").Replace("Speaker two", "Speaker Two"));
        var second = harness.Run();

        // one.claims does not import two.claims; three.claims does, and its class shows the name.
        Assert.Equal(["Cached", "Modified", "Cached"], Reasons(second, TrackingNames.Outlines));
        Assert.Equal(["Cached", "Modified", "Modified"], Reasons(second, TrackingNames.Checked));
        Assert.Equal(["Cached", "Modified", "Modified"], Reasons(second, TrackingNames.Sources));
        Assert.Contains("\"Speaker Two\"", second.Source("ArticleThree.g.cs"));
    }

    [Fact]
    public void Editing_one_file_indexes_the_project_once_not_once_per_file()
    {
        var harness = GeneratorHarness.ForFiles(ThreeFiles());
        harness.Run();

        harness.ReplaceFile("/p/one.claims", Claims("one").Replace("Words of one", "Other words of one"));
        var second = harness.Run();

        // One index for the whole run, which every file's gathering looks paths up in.
        Assert.Equal(["Modified"], Reasons(second, TrackingNames.Index));
        Assert.Equal(["Modified", "Unchanged", "Unchanged"], Reasons(second, TrackingNames.Inputs));
        Assert.Equal(["Modified", "Cached", "Cached"], Reasons(second, TrackingNames.Checked));
    }

    [Fact]
    public void Moving_text_re_reports_diagnostics_but_keeps_the_code()
    {
        string warned = Claims("one").Replace("source direct", "source direct\n  on \"earlier\"");
        var harness = GeneratorHarness.ForFiles(("/p/one.claims", warned));
        var first = harness.Run();

        harness.ReplaceFile("/p/one.claims", "# a comment moves everything down a line\n\n" + warned.Replace("  by", "      by"));
        var second = harness.Run();

        Assert.Equal(["Modified"], Reasons(second, TrackingNames.Checked));
        Assert.Equal(["Unchanged"], Reasons(second, TrackingNames.Code));
        Assert.Equal(["Modified"], Reasons(second, TrackingNames.Reports));
        Assert.Equal(["Cached"], Reasons(second, TrackingNames.Sources));
        Assert.Equal(first.Source("ArticleOne.g.cs"), second.Source("ArticleOne.g.cs"));
        Assert.Equal(Line(first.Diagnostics.Single()) + 2, Line(second.Diagnostics.Single()));
    }

    [Fact]
    public void Moving_text_keeps_the_code_of_an_article_whose_class_is_held_in_pieces()
    {
        // Sources over 40,000 characters are held in pieces (Pipeline.ValueText): the driver
        // must still see the same code as unchanged.
        string claims = Claims("one") + string.Concat(Enumerable.Range(1, 300).Select(i =>
            $"claim said_{i}\n  by speaker_one\n  paraphrase \"Words number {i} of one\"\n  source direct\n"));
        var harness = GeneratorHarness.ForFiles(("/p/one.claims", claims));
        var first = harness.Run();
        Assert.True(first.Source("ArticleOne.g.cs").Length > 40_000);

        harness.ReplaceFile("/p/one.claims", "# a comment moves everything down a line\n" + claims);
        var second = harness.Run();

        Assert.Equal(["Modified"], Reasons(second, TrackingNames.Checked));
        Assert.Equal(["Unchanged"], Reasons(second, TrackingNames.Code));
        Assert.Equal(["Cached"], Reasons(second, TrackingNames.Sources));
        Assert.Equal(first.Source("ArticleOne.g.cs"), second.Source("ArticleOne.g.cs"));
    }

    [Fact]
    public void Files_are_checked_ahead_in_parallel_only_when_new_or_changed()
    {
        var harness = GeneratorHarness.ForFiles(ThreeFiles());
        var first = harness.Run();
        Assert.Equal([new CheckedAhead(3)], Ahead(first));

        // two.claims changed, and three.claims imports it: both need checking again, one does not.
        harness.ReplaceFile("/p/two.claims", Claims("two").Replace("Speaker two", "Speaker Two"));
        var second = harness.Run();
        Assert.Equal([new CheckedAhead(2)], Ahead(second));
        Assert.Equal(["Cached", "Modified", "Modified"], Reasons(second, TrackingNames.Checked));

        harness.EditCSharp("namespace Test { internal static class Program { private static int x; } }");
        Assert.Equal(["Cached"], Reasons(harness.Run(), TrackingNames.CheckedAhead));
    }

    [Fact]
    public void A_build_that_may_not_run_in_parallel_checks_each_file_in_its_own_step_with_the_same_result()
    {
        (string, string)[] files = [.. ThreeFiles(), ("/p/broken.claims", "article broken\nclaim c\n  says \"unclosed\n"), Examples.AleppoClaims, Examples.AleppoText];
        var parallel = GeneratorHarness.ForFiles(files).Run();
        var serialHarness = GeneratorHarness.ForFiles(files);
        serialHarness.SetConcurrentBuild(false);
        var serial = serialHarness.Run();

        Assert.Equal([new CheckedAhead(0)], Ahead(serial));
        Assert.Equal(parallel.Sources.Select(s => (s.HintName, s.SourceText.ToString())), serial.Sources.Select(s => (s.HintName, s.SourceText.ToString())));
        Assert.Equal(parallel.Diagnostics.Select(d => d.ToString()), serial.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(serial.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Turning_parallel_checking_off_re_checks_no_file()
    {
        var harness = GeneratorHarness.ForFiles(ThreeFiles());
        var first = harness.Run();

        harness.SetConcurrentBuild(false);
        var second = harness.Run();

        Assert.Equal([new CheckedAhead(0)], Ahead(second));
        Assert.Equal(["Cached", "Cached", "Cached"], Reasons(second, TrackingNames.Checked));
        Assert.Equal(first.Sources.Select(s => s.SourceText.ToString()), second.Sources.Select(s => s.SourceText.ToString()));
    }

    [Fact]
    public void No_step_holds_compiler_objects()
    {
        var run = GeneratorHarness.ForFiles([.. ThreeFiles(), Examples.AleppoClaims, Examples.AleppoText]).Run();

        foreach (var (step, runs) in OwnSteps(run))
            foreach (var (value, _) in runs.SelectMany(r => r.Outputs))
                AssertNoCompilerObjects(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
    }

    private static void AssertNoCompilerObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null or string || value.GetType().IsPrimitive || value.GetType().IsEnum || !seen.Add(value)) return;
        Assert.False(value is Compilation or ISymbol or SyntaxNode or SyntaxTree or Location or SemanticModel, $"{path} holds a {value.GetType().Name}");
        Assert.False(value.GetType().IsArray, $"{path} holds an array ({value.GetType().Name}), which compares by reference");
        if (value is IEnumerable items)
        {
            foreach (var item in items) AssertNoCompilerObjects(item, path + "[]", seen);
            return;
        }
        if (value.GetType().Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true) return; // TextSpan, LinePositionSpan, ReportDiagnostic: plain values
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            AssertNoCompilerObjects(property.GetValue(value), path + "." + property.Name, seen);
    }

    /// <summary>The generator's own steps (the driver also tracks its inputs, such as the compilation).</summary>
    private static IEnumerable<KeyValuePair<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>>> OwnSteps(GeneratorRun run)
    {
        var names = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToHashSet();
        var steps = run.Steps.Where(s => names.Contains(s.Key)).ToList();
        Assert.Contains(TrackingNames.Checked, steps.Select(s => s.Key));
        return steps;
    }

    private static string[] Reasons(GeneratorRun run, string step) =>
        run.Steps[step].SelectMany(r => r.Outputs).Select(o => o.Reason.ToString()).ToArray();

    private static object[] Ahead(GeneratorRun run) =>
        run.Steps[TrackingNames.CheckedAhead].SelectMany(r => r.Outputs).Select(o => o.Value).ToArray();

    private static int Line(Diagnostic diagnostic) => diagnostic.Location.GetLineSpan().StartLinePosition.Line;
}
