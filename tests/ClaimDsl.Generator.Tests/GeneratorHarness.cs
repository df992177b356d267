using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using ClaimDsl.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace ClaimDsl.Generator.Tests;

/// <summary>
/// An additional file held in memory, as the compiler would hand it to the generator: as one
/// string, or, with <paramref name="readFromDisk"/>, as the compiler reads it from disk
/// (<see cref="CompilerText"/>).
/// </summary>
public sealed class InMemoryAdditionalText(string path, string? text, bool readFromDisk = false) : AdditionalText
{
    private readonly SourceText? _text = text is null ? null : readFromDisk ? CompilerText.Read(text) : SourceText.From(text);

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>A file's text as the compiler reads it from disk: decoded from a stream, so that a
/// text of 40,000 characters or more comes in pieces (Roslyn's large text), as in a build.</summary>
public static class CompilerText
{
    public static SourceText Read(string content)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content));
        return SourceText.From(stream);
    }
}

/// <summary>MSBuild properties as the generator sees them (<c>build_property.X</c>).</summary>
public sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globals) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globals);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>
/// Runs the generator the way the compiler does: a C# compilation against .NET 8 reference
/// assemblies and the language library, nullable enabled, every warning reported, XML docs
/// checked, and the project's additional files.
/// </summary>
public sealed class GeneratorHarness
{
    public const string Namespace = "Test.Claims";

    private static readonly ImmutableArray<MetadataReference> References =
        Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(ClaimDsl.Model.Claim).Assembly.Location))
            .ToImmutableArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12, DocumentationMode.Diagnose);

    private readonly Dictionary<string, AdditionalText> _files = new();
    private GeneratorDriver _driver;

    /// <summary>A project of <paramref name="files"/>; <paramref name="features"/> are compiler feature flags (<c>&lt;Features&gt;</c>), as <c>name=value</c> pairs.</summary>
    public GeneratorHarness(IEnumerable<AdditionalText> files, string? @namespace = Namespace, string? globalConfig = null, IEnumerable<string>? noWarn = null, IReadOnlyDictionary<string, string>? features = null)
    {
        var parseOptions = features is null ? ParseOptions : ParseOptions.WithFeatures(features);
        var fileList = files.ToList();
        foreach (var file in fileList) _files[file.Path] = file;
        var globals = new Dictionary<string, string>();
        if (@namespace is not null) globals["build_property.ClaimDslNamespace"] = @namespace;
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999, deterministic: true)
            .WithSpecificDiagnosticOptions((noWarn ?? []).Select(code => KeyValuePair.Create(code, ReportDiagnostic.Suppress)));
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText("namespace Test { internal static class Program { } }", parseOptions, path: "Program.cs") };
        if (globalConfig is not null)
        {
            // A global analyzer config (.globalconfig) is how projects set CLM severities; the
            // compiler reads it into the compilation's tree options.
            var config = AnalyzerConfig.Parse(globalConfig, "/project/.globalconfig");
            var set = AnalyzerConfigSet.Create(ImmutableArray.Create(config));
            options = options.WithSyntaxTreeOptionsProvider(new GlobalConfigTreeOptions(set.GlobalConfigOptions));
        }
        Compilation = CSharpCompilation.Create("Test.Generated", trees, References, options);
        _driver = CSharpGeneratorDriver.Create(
            [new ClaimsGenerator().AsSourceGenerator()],
            fileList,
            parseOptions,
            new TestOptionsProvider(globals),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static GeneratorHarness ForFiles(params (string Path, string Text)[] files) =>
        new(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text)));

    public CSharpCompilation Compilation { get; private set; }

    /// <summary>Runs the generator (again, incrementally, after edits) and returns what it did.</summary>
    public GeneratorRun Run()
    {
        _driver = _driver.RunGeneratorsAndUpdateCompilation(Compilation, out var output, out var driverDiagnostics);
        return new GeneratorRun(_driver.GetRunResult(), output, driverDiagnostics);
    }

    public void ReplaceFile(string path, string text)
    {
        var replacement = new InMemoryAdditionalText(path, text);
        _driver = _driver.ReplaceAdditionalText(_files[path], replacement);
        _files[path] = replacement;
    }

    public void AddFile(string path, string text)
    {
        var file = new InMemoryAdditionalText(path, text);
        _driver = _driver.AddAdditionalTexts([file]);
        _files[path] = file;
    }

    /// <summary>Lets the build run in parallel or not, as the compiler's <c>/parallel</c> switch does (on by default).</summary>
    public void SetConcurrentBuild(bool concurrent) =>
        Compilation = Compilation.WithOptions(Compilation.Options.WithConcurrentBuild(concurrent));

    /// <summary>Replaces the C# file with another (a C# edit, which must not re-run any claims step).</summary>
    public void EditCSharp(string code)
    {
        var old = Compilation.SyntaxTrees.Single(t => t.FilePath == "Program.cs");
        Compilation = Compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(code, (CSharpParseOptions)old.Options, path: "Program.cs"));
    }
}

/// <summary>Tree options that carry only a global analyzer config's severities.</summary>
internal sealed class GlobalConfigTreeOptions(AnalyzerConfigOptionsResult global) : SyntaxTreeOptionsProvider
{
    public override GeneratedKind IsGenerated(SyntaxTree tree, CancellationToken cancellationToken) => GeneratedKind.Unknown;

    public override bool TryGetDiagnosticValue(SyntaxTree tree, string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        global.TreeOptions.TryGetValue(diagnosticId, out severity);

    public override bool TryGetGlobalDiagnosticValue(string diagnosticId, CancellationToken cancellationToken, out ReportDiagnostic severity) =>
        global.TreeOptions.TryGetValue(diagnosticId, out severity);
}

/// <summary>One run of the generator: its sources and diagnostics, the updated compilation, and what each tracked step did.</summary>
public sealed record GeneratorRun(GeneratorDriverRunResult Result, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public GeneratorRunResult Generator => Result.Results.Single();

    public ImmutableArray<Diagnostic> Diagnostics => DriverDiagnostics;

    public IReadOnlyList<GeneratedSourceResult> Sources => Generator.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Every diagnostic of compiling the project with the generated code, warnings included.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => Output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToImmutableArray();

    /// <summary>Compiles the output and loads it, to read the generated records back.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.WithAssemblyName("Test.Generated." + Guid.NewGuid().ToString("N")).Emit(stream);
        if (!emit.Success) throw new InvalidOperationException(string.Join("\n", emit.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    public IReadOnlyDictionary<string, ImmutableArray<IncrementalGeneratorRunStep>> Steps => Generator.TrackedSteps;
}
