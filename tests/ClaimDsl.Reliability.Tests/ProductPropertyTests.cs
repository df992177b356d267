using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json;
using System.Threading;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Diagnostics;
using ClaimDsl.Generator.Tests;
using ClaimDsl.Model;
using ClaimDsl.Reliability.Tests.Support;
using ClaimDsl.Semantics;
using CsCheck;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Abstractions;

namespace ClaimDsl.Reliability.Tests;

/// <summary>
/// Properties of the whole product over generated documents: what checks clean compiles to C#
/// without a single warning and holds the model's values exactly; the CLI's exit code says
/// what its diagnostics say.
/// </summary>
public class ProductPropertyTests(ITestOutputHelper output)
{
    private const string ClaimsPath = "/project/generated.claims";

    private static readonly InMemorySourceProvider NoOtherFiles = new([]);

    [Fact]
    public void Every_clean_document_compiles_without_warnings_and_holds_the_models_values()
    {
        int clean = 0, refused = 0;
        var refusals = new SortedSet<string>();
        ValidDocuments.All.Sample(document =>
        {
            var checkedDocument = ClaimDocument.Parse(document.Text, ClaimsPath, NoOtherFiles);
            if (checkedDocument.HasErrors)
            {
                Interlocked.Increment(ref refused);
                lock (refusals) foreach (var d in checkedDocument.Diagnostics.Where(d => d.Severity == Severity.Error)) refusals.Add(d.Code + " " + d.Message);
                return;
            }
            Interlocked.Increment(ref clean);
            foreach (var article in checkedDocument.Articles)
                Assert.Equal(document.TitleOf[article.Id], article.Title);

            var run = GeneratorHarness.ForFiles((ClaimsPath, document.Text)).Run();
            // The generator reports the language's own findings (warnings here), each in the file;
            // never a failure of its own (CLM100) or of the compiler's host (CS8785).
            Assert.All(run.Diagnostics, d =>
            {
                Assert.StartsWith("CLM", d.Id);
                Assert.NotEqual("CLM100", d.Id);
                Assert.Equal(ClaimsPath, d.Location.GetLineSpan().Path);
            });
            Assert.Empty(run.CompilationDiagnostics);
            AssertGeneratedValuesEqualModel(checkedDocument, run.Load());
        }, iter: 200, threads: 1);
        output.WriteLine($"{clean} clean documents compiled and compared; {refused} refused by the checker.");
        foreach (var r in refusals.Take(30)) output.WriteLine(r);
        // The generator is built to produce clean files; most must be, or the property says little.
        Assert.True(clean >= 150, $"Only {clean} of 200 generated documents checked clean.");
    }

    private static void AssertGeneratedValuesEqualModel(ClaimDocument document, Assembly assembly)
    {
        var classes = assembly.GetTypes()
            .Where(t => t.Namespace == GeneratorHarness.Namespace && t.GetProperty("Article", BindingFlags.Public | BindingFlags.Static) is not null)
            .ToDictionary(t => ((Article)t.GetProperty("Article")!.GetValue(null)!).Id);
        Assert.Equal(document.Articles.Select(a => a.Id).Order(StringComparer.Ordinal), classes.Keys.Order(StringComparer.Ordinal));
        foreach (var article in document.Articles)
        {
            var type = classes[article.Id];
            Assert.Equal(article, type.GetProperty("Article")!.GetValue(null));
            var all = (IReadOnlyList<Claim>)type.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(document.Claims.Where(c => c.Article?.Id == article.Id), all);
            var entities = new[] { "People", "Organizations", "Groups" }
                .Select(name => type.GetNestedType(name))
                .Where(nested => nested is not null)
                .SelectMany(nested => nested!.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (Entity)f.GetValue(null)!))
                .ToDictionary(e => e.Id);
            Assert.Equal(document.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), entities.Keys.Order(StringComparer.Ordinal));
            foreach (var entity in document.Entities) Assert.Equal(entity, entities[entity.Id]);
        }
    }

    /// <summary>Generated valid documents, and the same documents with lines deleted, repeated, swapped or cut.</summary>
    private static readonly Gen<string> CleanAndBrokenDocuments =
        Gen.Select(ValidDocuments.All, Gen.Int[0, 3], Gen.Int[0, 1000], Gen.Int[0, 1000]).Select((document, operation, a, b) =>
        {
            var lines = document.Text.Split('\n').ToList();
            int i = a % lines.Count, j = b % lines.Count;
            switch (operation)
            {
                case 0: break;
                case 1: lines.RemoveAt(i); break;
                case 2: lines.Insert(i, lines[j]); break;
                default: lines[i] = CutShort(lines[i], Math.Min(b % 40, lines[i].Length)); break;
            }
            return string.Join("\n", lines);
        });

    /// <summary>
    /// The line cut to <paramref name="length"/> characters, or one fewer when that would split a
    /// character written as two (an emoji): the text is saved as UTF-8, which has no half characters.
    /// </summary>
    private static string CutShort(string line, int length) =>
        line.Substring(0, length > 0 && char.IsHighSurrogate(line[length - 1]) ? length - 1 : length);

    [Fact]
    public void The_cli_exit_code_matches_its_diagnostics()
    {
        using var folder = TempFolder.Create();
        folder.Write(".globalconfig", "is_global = true\n");
        int withErrors = 0, clean = 0;
        CleanAndBrokenDocuments.Sample(text =>
        {
            string path = folder.Write("random.claims", text);
            var run = Tool.Run(folder.Path, "check", "random.claims", "--format", "json");
            var report = JsonDocument.Parse(run.Output).RootElement;
            int errors = report.GetProperty("summary").GetProperty("errors").GetInt32();
            bool libraryErrors = ClaimDocument.Load(path).HasErrors;

            Assert.Equal(libraryErrors, errors > 0);
            Assert.Equal(report.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("severity").GetString() == "error"), errors);
            Assert.Equal(errors > 0 ? 1 : 0, run.ExitCode);
            Assert.Equal("", run.Error);
            if (errors > 0) withErrors++; else clean++;
        }, iter: 300, threads: 1);
        output.WriteLine($"{withErrors} documents with errors (exit 1), {clean} without (exit 0).");
        Assert.True(withErrors > 0 && clean > 0, "Both outcomes must be exercised.");
    }
}
