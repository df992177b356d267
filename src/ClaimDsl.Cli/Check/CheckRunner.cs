using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using ClaimDsl.Diagnostics;
using ClaimDsl.Rules;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;
using ClaimDsl.Text;

namespace ClaimDsl.Cli.Check;

/// <summary>How to check: severities, and how many files at once.</summary>
public sealed record CheckSettings(string? ConfigPath, bool WarningsAsErrors, int Threads);

/// <summary>What a check found, and the checked documents themselves (for commands that go on to use their models).</summary>
public sealed record CheckedDocuments(CheckResult Result, ImmutableArray<ClaimDocument> Documents);

/// <summary>
/// Checks claim files in parallel through one shared <see cref="ClaimWorkspace"/>, so a file
/// imported by many others is read and parsed once. The result does not depend on the number
/// of threads: findings are gathered per file, then merged, de-duplicated and sorted.
/// </summary>
public sealed class CheckRunner(CliContext context)
{
    /// <summary>Checks <paramref name="files"/> (full paths); <paramref name="fileDone"/> is called once per file, from any thread.</summary>
    public CheckResult Run(ImmutableArray<string> files, CheckSettings settings, Action? fileDone = null) =>
        Load(files, settings, fileDone).Result;

    /// <summary>Like <see cref="Run"/>, also returning the documents, one per file, in the order of <paramref name="files"/>.</summary>
    public CheckedDocuments Load(ImmutableArray<string> files, CheckSettings settings, Action? fileDone = null)
    {
        var severities = new SeverityLookup(settings.ConfigPath, context.WorkingDirectory);
        var workspace = new ClaimWorkspace(context.SourceProvider);
        var documents = new ClaimDocument?[files.Length];
        var unreadable = new string?[files.Length];
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Threads };
        Parallel.For(0, files.Length, options, i =>
        {
            if (workspace.GetTree(files[i], out string? problem) is null) unreadable[i] = problem;
            else documents[i] = ClaimDocument.Load(files[i], workspace);
            fileDone?.Invoke();
        });
        ThrowIfUnreadable(unreadable);

        var trees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var document in documents)
            foreach (var tree in document!.Compilation.Trees)
                trees.TryAdd(tree.Path, tree);

        var diagnostics = documents.SelectMany(d => d!.Diagnostics)
            .Select(d => severities.For(d.FilePath).Apply(d))
            .OfType<ClaimDiagnostic>()
            .Select(d => settings.WarningsAsErrors && d.Severity == Severity.Warning ? d.WithSeverity(Severity.Error) : d);

        var result = new CheckResult(
            FileCount: trees.Count,
            ClaimCount: trees.Values.Sum(t => t.Blocks.Count(b => b.Kind == BlockKind.Claim)),
            Diagnostics: RuleEngine.Order(diagnostics),
            Sources: trees.ToDictionary(t => t.Key, t => t.Value.Source, StringComparer.Ordinal));
        return new CheckedDocuments(result, [.. documents.Select(d => d!)]);
    }

    private static void ThrowIfUnreadable(string?[] unreadable)
    {
        var problems = unreadable.OfType<string>().ToList();
        if (problems.Count == 0) return;
        string more = problems.Count > 1 ? $" ({problems.Count - 1} more file(s) could not be read either.)" : "";
        throw new UsageException(problems[0] + more);
    }
}
