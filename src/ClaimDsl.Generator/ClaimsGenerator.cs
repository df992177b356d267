using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Generator.Emit;
using ClaimDsl.Generator.Pipeline;
using ClaimDsl.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace ClaimDsl.Generator;

/// <summary>
/// Turns the project's <c>.claims</c> additional files into typed C#: one static class per
/// article. Each claim file goes through its own steps, so an edit re-checks only that file and
/// the files that import it; its diagnostics are reported apart from its code, so an edit that
/// only moves text re-reports positions without re-emitting code.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ClaimsGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var claimFiles = context.AdditionalTextsProvider
            .Where(static text => AdditionalFile.IsClaimFile(text.Path))
            .Select(static (text, cancellationToken) => AdditionalFile.Read(text, cancellationToken))
            .WithTrackingName(TrackingNames.ClaimFiles)
            // A file listed twice in AdditionalFiles arrives twice; two identical steps would
            // add the same source twice, which the driver rejects. Keep the first of each path.
            // Items keep their places, so an edit to one file leaves the others unchanged here.
            .Collect()
            .SelectMany(static (files, _) => Steps.FirstOfEachPath(files))
            .WithTrackingName(TrackingNames.UniqueClaimFiles);

        var otherFiles = context.AdditionalTextsProvider
            .Where(static text => !AdditionalFile.IsClaimFile(text.Path))
            .Select(static (text, cancellationToken) => AdditionalFile.Read(text, cancellationToken))
            .WithTrackingName(TrackingNames.OtherFiles);

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ReadOptions(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Options);

        var outlines = claimFiles
            .Select(static (file, cancellationToken) => Steps.Outline(file, cancellationToken))
            .WithTrackingName(TrackingNames.Outlines);

        var index = outlines.Collect()
            .Combine(otherFiles.Collect())
            .Select(static (x, _) => new FileIndex(x.Left, x.Right))
            .WithTrackingName(TrackingNames.Index);

        var inputs = outlines
            .Combine(index)
            .Combine(options)
            .Select(static (x, _) => Steps.Gather(x.Left.Left, x.Left.Right, x.Right))
            .WithTrackingName(TrackingNames.Inputs);

        var concurrentBuild = context.CompilationProvider
            .Select(static (compilation, _) => compilation.Options.ConcurrentBuild)
            .WithTrackingName(TrackingNames.ConcurrentBuild);

        // The files that need checking, checked in parallel before the per-file step below asks
        // for them one by one (see CheckAhead; ordered by its output's registration, below).
        var checkedAhead = inputs.Collect()
            .Combine(concurrentBuild)
            .Select(static (x, cancellationToken) => CheckAhead.Run(x.Left, x.Right, cancellationToken))
            .WithTrackingName(TrackingNames.CheckedAhead);

        var outcomes = inputs
            .Select(static (input, cancellationToken) => CheckAhead.Outcome(input, cancellationToken))
            .WithTrackingName(TrackingNames.Checked);

        var code = outcomes.Select(static (outcome, _) => outcome.Code).WithTrackingName(TrackingNames.Code);
        var reports = outcomes.Select(static (outcome, _) => outcome.Report).WithTrackingName(TrackingNames.Reports);

        var clashes = code
            .Select(static (file, _) => file.ClassNames)
            .Collect()
            .Select(static (files, _) => ClassClashes.Find(files))
            .WithTrackingName(TrackingNames.Clashes);

        var severities = context.CompilationProvider
            .Select(static (compilation, cancellationToken) => SeverityOverrides.From(compilation.Options, cancellationToken))
            .WithTrackingName(TrackingNames.Severities);

        var sources = code
            .Combine(clashes)
            .Combine(severities)
            .Select(static (x, _) => Steps.Sources(x.Left.Left, x.Left.Right, x.Right))
            .WithTrackingName(TrackingNames.Sources);

        // Each file's literal bytes are summed once per run; a file whose sources did not change
        // keeps its count without being emitted again.
        var literalsAsData = context.ParseOptionsProvider
            .Select(static (options, _) => LiteralLimit.StoresLongLiteralsAsData(options))
            .WithTrackingName(TrackingNames.LiteralsAsData);
        var literalLimit = sources
            .Select(static (articles, _) => articles.Items.Sum(a => a.LiteralBytes))
            .Collect()
            .Combine(literalsAsData)
            .Select(static (x, _) => LiteralLimit.Check(x.Left, x.Right))
            .WithTrackingName(TrackingNames.LiteralLimit);

        // First: the driver produces outputs in the order registered, so the files are checked in
        // parallel before any output asks for one. The step's work is all it is for; the outcomes
        // reach the outputs through each file's step. (An input in common would order the steps
        // too, but the driver's step tracking walks every path through a step's inputs, and one
        // more step reading all files made tracked runs over a hundred files take minutes.)
        context.RegisterSourceOutput(checkedAhead, static (_, _) => { });
        context.RegisterSourceOutput(sources, static (output, articles) =>
        {
            foreach (var article in articles) AddSource(output, article);
        });
        context.RegisterSourceOutput(reports.Collect(), static (output, files) => Report(output, files));
        context.RegisterSourceOutput(literalLimit, static (output, tooMuch) =>
        {
            if (tooMuch is not null) output.ReportDiagnostic(tooMuch.ToDiagnostic());
        });
        context.RegisterSourceOutput(options, static (output, options) =>
        {
            if (options.InvalidNamespace is { } invalid)
                output.ReportDiagnostic(Diagnostic.Create(GeneratorDiagnostics.Descriptor(GeneratorDiagnostics.InvalidNamespace.Code), Location.None,
                    $"The ClaimDslNamespace property is `{invalid}`, which is not a C# namespace (names made of letters, digits and _, separated by dots, not starting with a digit). The generated classes were put in `{options.Namespace}` instead. Set <ClaimDslNamespace> in the project file to a valid namespace."));
        });
    }

    /// <summary>The namespace: <c>ClaimDslNamespace</c>, else the project's <c>RootNamespace</c>, else the global namespace.</summary>
    private static GeneratorOptions ReadOptions(AnalyzerConfigOptions options)
    {
        if (options.TryGetValue("build_property.ClaimDslNamespace", out var chosen) && !string.IsNullOrWhiteSpace(chosen))
            return CSharpNames.TryNamespace(chosen, out var name) ? new GeneratorOptions(name, null) : new GeneratorOptions(name, chosen);
        if (options.TryGetValue("build_property.RootNamespace", out var root) && !string.IsNullOrWhiteSpace(root))
        {
            CSharpNames.TryNamespace(root, out var name);
            return new GeneratorOptions(name, null);
        }
        return new GeneratorOptions("", null);
    }

    private static void AddSource(SourceProductionContext output, GeneratedArticle article) =>
        output.AddSource(article.HintName, article.Source.Text);

    /// <summary>Every file's diagnostics, once each (a file imported by several is checked with each), then the class-name clashes.</summary>
    private static void Report(SourceProductionContext output, ImmutableArray<FileReport> files)
    {
        var seen = new HashSet<DiagnosticInfo>();
        foreach (var diagnostic in files.SelectMany(f => f.Diagnostics).Concat(Clashes(files)))
            if (seen.Add(diagnostic)) output.ReportDiagnostic(diagnostic.ToDiagnostic());
    }

    private static IEnumerable<DiagnosticInfo> Clashes(ImmutableArray<FileReport> files)
    {
        var declarations = files.SelectMany(f => f.Articles.Select(a => (File: f.NormalizedPath, Article: a))).ToList();
        var clashes = ClassClashes.Find(files.Select(f => new FileClassNames(f.NormalizedPath, f.Articles.Select(a => a.ClassName).ToValueList())).ToImmutableArray());
        foreach (var clash in clashes.Items)
        {
            var kept = declarations.First(d => d.File == clash.Owner && d.Article.ClassName == clash.ClassName);
            foreach (var (file, article) in declarations.Where(d => d.File != clash.Owner && clashes.Of(d.Article.ClassName) == clash))
            {
                string already = article.ClassName == clash.ClassName
                    ? "already does"
                    : $"already becomes `{clash.ClassName}`, and two classes whose names differ only in capital letters cannot both be generated";
                yield return new DiagnosticInfo(GeneratorDiagnostics.ClassNameClash.Code,
                    $"Article `{article.ArticleId}` would become the C# class `{article.ClassName}`, but article `{kept.Article.ArticleId}` in {FileName(kept.File)} {already}, so no class was generated for this one. Give one of the two articles another id.",
                    article.Location);
            }
        }
    }

    private static string FileName(string normalizedPath) => normalizedPath.Substring(normalizedPath.LastIndexOf('/') + 1);
}
