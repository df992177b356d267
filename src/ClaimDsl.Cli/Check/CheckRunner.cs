using System;
using System.Collections.Concurrent;
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
public sealed record CheckSettings(string? ConfigPath, bool WarningsAsErrors, int Threads)
{
    /// <summary>Whether to keep the text of the files with findings, for reports that quote their lines (see <see cref="Reports.IReportFormat.QuotesSource"/>).</summary>
    public bool KeepSourceText { get; init; } = true;
}

/// <summary>What a check found, and the checked documents themselves (for commands that go on to use their models).</summary>
public sealed record CheckedDocuments(CheckResult Result, ImmutableArray<ClaimDocument> Documents);

/// <summary>
/// Checks claim files in parallel through one shared <see cref="ClaimWorkspace"/>, so that every
/// file is read once and a file imported by many others is parsed once. The result does not
/// depend on the number of threads: findings are gathered per file, then merged, de-duplicated
/// and sorted.
/// <para>
/// Memory stays bounded by what is still needed rather than by the whole input: a file's tree
/// is dropped as soon as it is checked, unless another file may import it, and only the
/// findings (with the text of the files they point into) are kept. To know which trees must
/// stay, every file is first asked whether it can import (see <see cref="MayImport"/>; few
/// can), through a buffer that keeps nothing when the provider can peek
/// (<see cref="IPeekableSourceProvider"/>, as the disk's can; any other provider's texts are
/// read then and wait for their turn). The files that can import are checked first, with every
/// tree kept until they are all done, so that each imported file is parsed once; the others
/// import nothing and are read, checked and dropped one by one.
/// </para>
/// </summary>
public sealed class CheckRunner(CliContext context)
{
    /// <summary>Checks <paramref name="files"/> (full paths); <paramref name="fileDone"/> is called once per file, from any thread.</summary>
    public CheckResult Run(ImmutableArray<string> files, CheckSettings settings, Action? fileDone = null) =>
        Check(files, settings, fileDone, keep: null);

    /// <summary>Like <see cref="Run"/>, also returning the documents, one per file, in the order of <paramref name="files"/>.</summary>
    public CheckedDocuments Load(ImmutableArray<string> files, CheckSettings settings, Action? fileDone = null)
    {
        var documents = new ClaimDocument[files.Length];
        var result = Check(files, settings, fileDone, keep: (i, document) => documents[i] = document);
        return new CheckedDocuments(result, [.. documents]);
    }

    private CheckResult Check(ImmutableArray<string> files, CheckSettings settings, Action? fileDone, Action<int, ClaimDocument>? keep)
    {
        var severities = new SeverityLookup(settings.ConfigPath, context.WorkingDirectory);
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Threads };

        var sources = new PeekedSources(context.SourceProvider);
        var peeks = new PeekResult[files.Length];
        Parallel.For(0, files.Length, options, i => peeks[i] = sources.Peek(files[i], MayImport));
        ThrowIfUnreadable(peeks);

        var workspace = new ClaimWorkspace(sources);
        var findings = new ImmutableArray<ClaimDiagnostic>[files.Length];
        var claimsByFile = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var shownSources = new ConcurrentDictionary<string, SourceText>(StringComparer.Ordinal);

        void CheckFile(int i)
        {
            var document = ClaimDocument.Load(files[i], workspace);
            foreach (var tree in document.Compilation.Trees)
                claimsByFile.TryAdd(tree.Path, tree.Blocks.Count(b => b.Kind == BlockKind.Claim));
            findings[i] = Configured(document.Diagnostics, severities, settings.WarningsAsErrors);
            // Reports that quote the lines of findings need their files' texts; no other text is kept.
            if (settings.KeepSourceText)
                foreach (var finding in findings[i])
                    if (!shownSources.ContainsKey(finding.FilePath) && document.Compilation.Trees.FirstOrDefault(t => t.Path == finding.FilePath) is { } tree)
                        shownSources.TryAdd(finding.FilePath, tree.Source);
            keep?.Invoke(i, document);
            fileDone?.Invoke();
        }

        var importing = Enumerable.Range(0, files.Length).Where(i => peeks[i].Answer).ToList();
        var rest = Enumerable.Range(0, files.Length).Where(i => !peeks[i].Answer).ToList();

        Parallel.ForEach(importing, options, CheckFile);
        // Nothing imports anything from here on: of the trees parsed so far, only those of the
        // files still to check are needed (an importing file may have imported them).
        var waiting = rest.Select(i => files[i]).ToHashSet(StringComparer.Ordinal);
        foreach (string path in claimsByFile.Keys.Where(p => !waiting.Contains(p))) workspace.Forget(path);
        Parallel.ForEach(rest, options, i =>
        {
            CheckFile(i);
            workspace.Forget(files[i]);
        });

        return new CheckResult(
            FileCount: claimsByFile.Count,
            ClaimCount: claimsByFile.Values.Sum(),
            Diagnostics: RuleEngine.Order(findings.SelectMany(f => f)),
            Sources: new Dictionary<string, SourceText>(shownSources, StringComparer.Ordinal));
    }

    /// <summary>
    /// False when <paramref name="text"/> cannot import: the parser starts an import only at a
    /// line whose first word is <c>import</c> (blanks and hidden characters before it are
    /// skipped, hidden characters inside it ignored). A false alarm (a line starting with
    /// "imports") only keeps a tree a little longer.
    /// </summary>
    internal static bool MayImport(ReadOnlySpan<char> text)
    {
        const string keyword = "import";
        for (int start = 0; start < text.Length;)
        {
            int at = start;
            while (at < text.Length && IsBlank(text[at])) at++;
            int matched = 0;
            for (; at < text.Length && matched < keyword.Length; at++)
            {
                if (text[at] == keyword[matched]) matched++;
                else if (matched == 0 || !HiddenCharacters.IsHidden(text[at])) break;
            }
            if (matched == keyword.Length) return true;
            int lineBreak = text.Slice(at).IndexOfAny('\n', '\r');
            if (lineBreak < 0) return false;
            start = at + lineBreak + 1;
        }
        return false;

        static bool IsBlank(char c) => c is ' ' or '\t' || HiddenCharacters.IsHidden(c);
    }

    /// <summary>The findings with the configured severities (those set to none left out), warnings made errors when asked.</summary>
    private static ImmutableArray<ClaimDiagnostic> Configured(ImmutableArray<ClaimDiagnostic> diagnostics, SeverityLookup severities, bool warningsAsErrors) =>
        [.. diagnostics
            .Select(d => severities.For(d.FilePath).Apply(d))
            .OfType<ClaimDiagnostic>()
            .Select(d => warningsAsErrors && d.Severity == Severity.Warning ? d.WithSeverity(Severity.Error) : d)];

    private static void ThrowIfUnreadable(PeekResult[] peeks)
    {
        var problems = peeks.Where(p => p.Problem is not null).Select(p => p.Problem!).ToList();
        if (problems.Count == 0) return;
        string more = problems.Count > 1 ? $" ({problems.Count - 1} more file(s) could not be read either.)" : "";
        throw new UsageException(problems[0] + more);
    }

    /// <summary>
    /// The checked files' source: a provider that can peek is asked through its buffer and read
    /// when the workspace asks; any other is read once when peeked at, and its text handed to the
    /// workspace when it first asks for it, then let go. Anything else (a file imported from
    /// outside the checked set, an article's text) is read from the provider as it is.
    /// </summary>
    private sealed class PeekedSources(ISourceProvider inner) : ISourceProvider
    {
        private readonly ConcurrentDictionary<string, FileReadResult> _read = new(StringComparer.Ordinal);

        public PeekResult Peek(string path, TextTest test)
        {
            if (inner is IPeekableSourceProvider peekable) return peekable.Peek(path, test);
            var read = inner.Read(path);
            if (read.Text is null) return new PeekResult(false, read.Problem ?? "A file could not be read.");
            _read[path] = read;
            return new PeekResult(test(read.Text.Text.AsSpan()), null);
        }

        public string Resolve(string fromFile, string relativePath) => inner.Resolve(fromFile, relativePath);

        public FileReadResult Read(string path) => _read.TryRemove(path, out var read) ? read : inner.Read(path);
    }
}
