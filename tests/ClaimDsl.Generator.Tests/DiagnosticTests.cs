using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Tests;
using Microsoft.CodeAnalysis;
using Xunit;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// Bad claim files give, through the generator, exactly the diagnostics the language library
/// gives when it reads the same files from disk (as the command line does): same code, message,
/// severity, file, line and column. A file with errors produces no code.
/// </summary>
public class DiagnosticTests
{
    /// <summary>Each case: the files of a folder; every .claims file is checked.</summary>
    public static readonly Dictionary<string, (string Name, string Text)[]> BadFolders = new()
    {
        ["missing_source"] = [("a.claims", "article a\n  published 2016-10-06\nperson p \"P\"\nclaim c\n  by p\n  paraphrase \"x\"\n")],
        ["syntax"] = [("a.claims", "article a\n  titel \"x\"\n  note \"unterminated\n  url \"bad \\q escape\"\ncliam c\n  by\nperson p \"P\"\n  of nobody\n")],
        ["quote_not_found"] = [("a.claims", "article a\n  text \"a.txt\"\nperson p \"P\"\nclaim c\n  by p\n  says \"not in the text\"\n  source direct\n"), ("a.txt", "Only “these words” are here.")],
        ["text_missing"] = [("a.claims", "article a\n  text \"nowhere.txt\"\nperson p \"P\"\nclaim c\n  by p\n  says \"x\"\n  source direct\n")],
        ["hidden_and_nul"] = [("a.claims", "article a\nperson p \"P\u202E\"\n"), ("b.claims", "article b\n  title \"x\0y\"\n")],
        ["dates"] = [("a.claims", "article a\n  published 2016-10-06\nperson p \"P\"\nclaim c\n  by p\n  paraphrase \"x\"\n  on 2016-02-30\n  source direct\nclaim d\n  by p\n  paraphrase \"y\"\n  on between 2016-05-01 and 2016-01-01\n  source direct\narticle b\nclaim e\n  by p\n  paraphrase \"z\"\n  on monday\n  source direct\n")],
        ["imports"] = [
            ("a.claims", "import \"b.claims\"\nimport \"missing.claims\"\narticle a\nclaim c\n  by p\n  paraphrase \"x\"\n  source q via p\n"),
            ("b.claims", "import \"a.claims\"\nperson p \"P\"\nperson p \"Again\"\n")],
        ["duplicates"] = [("a.claims", "article a\nperson p \"P\"\norg p \"O\"\nclaim c\n  by p\n  paraphrase \"x\"\n  source direct\nclaim c\n  by p\n  paraphrase \"y\"\n  source direct\n  verdict maybe\n")],
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Generator_reports_what_the_library_reports(string folder)
    {
        var directory = WriteFolder(BadFolders[folder]);
        try
        {
            AssertSameDiagnostics(directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    public static TheoryData<string> Cases() => new(BadFolders.Keys);

    /// <summary>The conformance suite's bad files (tests/conformance/bad), whenever the suite is there.</summary>
    [Fact]
    public void Conformance_suite_bad_files_give_the_same_diagnostics()
    {
        string bad = RepositoryPaths.Of("tests", "conformance", "bad");
        if (!Directory.Exists(bad)) return; // the suite arrives with the language's conformance work
        AssertSameDiagnostics(bad);
    }

    [Fact]
    public void A_file_with_errors_produces_no_code_and_the_others_still_do()
    {
        var run = GeneratorHarness.ForFiles(
            ("/p/good.claims", "article good\nperson p \"P\"\nclaim c\n  by p\n  paraphrase \"x\"\n  source direct\n"),
            ("/p/bad.claims", "article bad\nperson p \"P\"\nclaim c\n  by p\n  paraphrase \"x\"\n")).Run();

        Assert.Equal(["Good.g.cs"], run.Sources.Select(s => s.HintName));
        var error = Assert.Single(run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("CLM010", error.Id);
        Assert.Equal("/p/bad.claims(3,7): error CLM010", Located(error));
        Assert.Equal("https://github.com/claimdsl/claimdsl/blob/main/docs/diagnostics.md#clm010", error.Descriptor.HelpLinkUri);
    }

    /// <summary>Every folder of <see cref="BadFolders"/> and the seed example: the generator never throws and never reports an internal error.</summary>
    [Fact]
    public void No_input_makes_the_generator_fail()
    {
        string seed = File.ReadAllText(Examples.AleppoClaimsPath);
        var random = new Random(20161006);
        string[] insertions = ["\"", "\\", "\\u", "\\ud800", "claim", "import \"aleppo.claims\"", "\n", "\r", "\u2028", "\0", "#", " via ", "on ", "between", "-", "_", "é", "😀", "{", "}"];
        for (int i = 0; i < 300; i++)
        {
            var text = seed.ToCharArray().ToList();
            for (int edit = random.Next(1, 6); edit > 0; edit--)
            {
                int at = random.Next(text.Count);
                if (random.Next(3) == 0) text.RemoveRange(at, Math.Min(random.Next(1, 40), text.Count - at));
                else text.InsertRange(at, insertions[random.Next(insertions.Length)]);
            }
            var run = GeneratorHarness.ForFiles((Examples.AleppoClaimsPath, new string(text.ToArray())), Examples.AleppoText).Run();

            Assert.Null(run.Generator.Exception);
            Assert.DoesNotContain(run.Diagnostics, d => d.Id is "CS8785" or "CLM100");
            if (!run.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error))
                Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));
        }
    }

    [Fact]
    public void An_unreadable_file_is_reported_not_thrown()
    {
        var run = new GeneratorHarness([new InMemoryAdditionalText("/p/unreadable.claims", null)]).Run();

        Assert.Null(run.Generator.Exception);
        Assert.Equal("/p/unreadable.claims(1,1): error CLM008", Located(Assert.Single(run.Diagnostics)));
    }

    [Fact]
    public void A_file_listed_twice_gives_its_classes_once()
    {
        var file = ("/p/a.claims", "article a\n");
        var run = GeneratorHarness.ForFiles(file, file).Run();

        Assert.Null(run.Generator.Exception);
        Assert.Equal(["A.g.cs"], run.Sources.Select(s => s.HintName));
        Assert.Empty(run.Diagnostics);
    }

    [Fact]
    public void Articles_of_two_files_that_map_to_one_class_are_reported()
    {
        var run = GeneratorHarness.ForFiles(("/p/one.claims", "article a_b\n"), ("/p/two.claims", "\narticle a-b\n")).Run();

        Assert.Equal(["AB.g.cs"], run.Sources.Select(s => s.HintName));
        Assert.Contains("article a_b", run.Source("AB.g.cs").Replace("<c>", "article ").Replace("</c>", ""));
        var clash = Assert.Single(run.Diagnostics);
        Assert.Equal("/p/two.claims(2,9): error CLM102", Located(clash));
        Assert.Contains("`a_b` in one.claims", clash.GetMessage());
        Assert.Empty(run.CompilationDiagnostics);
    }

    /// <summary>
    /// Found by the product property test (seed 4dJKdR2W2MG1): classes <c>AB</c> and <c>Ab</c>
    /// gave files <c>AB.g.cs</c> and <c>Ab.g.cs</c>, which the compiler takes for one, and the
    /// generator failed (CS8785).
    /// </summary>
    [Fact]
    public void Articles_of_one_file_whose_class_names_differ_only_in_capitals_get_distinct_classes()
    {
        // `ALL` is not `All`, the name reserved for the list of claims: C# tells them apart.
        var run = GeneratorHarness.ForFiles(("/p/one.claims", "article ab\n\narticle a_b\n\narticle ALL\n")).Run();

        Assert.Null(run.Generator.Exception);
        Assert.Empty(run.Diagnostics);
        Assert.Equal(["AB.g.cs", "ALL.g.cs", "Ab2.g.cs"], run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.Contains("public static partial class Ab2", run.Source("Ab2.g.cs"));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Articles_of_two_files_whose_class_names_differ_only_in_capitals_are_reported()
    {
        var run = GeneratorHarness.ForFiles(("/p/one.claims", "article a_b\n"), ("/p/two.claims", "\narticle ab\n")).Run();

        Assert.Null(run.Generator.Exception);
        Assert.Equal(["AB.g.cs"], run.Sources.Select(s => s.HintName));
        var clash = Assert.Single(run.Diagnostics);
        Assert.Equal("/p/two.claims(2,9): error CLM102", Located(clash));
        Assert.Contains("class `Ab`, but article `a_b` in one.claims already becomes `AB`", clash.GetMessage());
        Assert.Contains("differ only in capital letters", clash.GetMessage());
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void An_invalid_namespace_is_reported_and_replaced()
    {
        var run = new GeneratorHarness([new InMemoryAdditionalText("/p/a.claims", "article a\n")], @namespace: "My App.1st").Run();

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("CLM101", diagnostic.Id);
        Assert.Contains("namespace My_App._1st", run.Source("A.g.cs"));
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Without_any_namespace_option_classes_go_in_the_global_namespace()
    {
        var run = new GeneratorHarness([new InMemoryAdditionalText("/p/a.claims", "article a\nperson p \"P\"\nclaim c\n  by p\n  paraphrase \"x\"\n  source direct\n")], @namespace: null).Run();

        Assert.DoesNotContain("namespace", run.Source("A.g.cs"));
        Assert.Contains("global::A.People.P,", run.Source("A.g.cs"), StringComparison.Ordinal);
        Assert.Empty(run.CompilationDiagnostics);
    }

    /// <summary>Compiler-style position: <c>path(line,col): severity CODE</c>, 1-based as the build prints it.</summary>
    public static string Located(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): {diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Id}";
    }

    private static string WriteFolder((string Name, string Text)[] files)
    {
        string directory = Path.Combine(Path.GetTempPath(), "claimdsl-diag-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        foreach (var (name, text) in files) File.WriteAllText(Path.Combine(directory, name), text);
        return directory;
    }

    /// <summary>
    /// Checks every .claims file of a folder with the library from disk and with the generator,
    /// and compares the findings. Three differences are by design and left out: the generator's
    /// own codes (CLM1xx: C# class names, which the suite's files share across files); CLM008
    /// for bytes that are not UTF-8 (the compiler decodes files before a generator sees them);
    /// and the wording of CLM023/CLM041 about a path that is a folder (the compiler's file list
    /// has no folders, so there it is simply missing) — those two are compared by code and place.
    /// </summary>
    private static void AssertSameDiagnostics(string directory)
    {
        var files = Directory.GetFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var claimFiles = files.Where(f => f.EndsWith(".claims", StringComparison.Ordinal)).ToList();
        var expected = claimFiles.SelectMany(f => ClaimDocument.Load(f).Diagnostics)
            .Where(d => !(d.Code == "CLM008" && !d.Message.Contains("binary")))
            .Select(d => Key($"{d.FilePath}({d.Span.StartLine},{d.Span.StartColumn}): {ClaimDiagnostic.SeverityName(d.Severity)} {d.Code}", d.Code, d.Message))
            .Distinct().Order(StringComparer.Ordinal).ToList();

        var run = new GeneratorHarness(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f, File.ReadAllText(f)))).Run();
        var actual = run.Diagnostics
            .Where(d => !d.Id.StartsWith("CLM1", StringComparison.Ordinal))
            .Select(d => Key(Located(d), d.Id, d.GetMessage()))
            .Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            "The generator's findings differ from the library's.\nOnly the library reports:\n  " + string.Join("\n  ", missing)
            + "\nOnly the generator reports:\n  " + string.Join("\n  ", extra));

        static string Key(string located, string code, string message) =>
            code is "CLM023" or "CLM041" && (message.Contains("is a folder, not a file") || message.Contains("There is no file at"))
                ? located
                : located + ": " + message;
        Assert.Null(run.Generator.Exception);
    }
}
