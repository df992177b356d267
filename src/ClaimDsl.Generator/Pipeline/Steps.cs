using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using ClaimDsl.Model;
using ClaimDsl.Syntax;
using ClaimDsl.Text;
using Microsoft.CodeAnalysis;

namespace ClaimDsl.Generator.Pipeline;

/// <summary>The cheap steps around the expensive one (<see cref="FileChecker"/>).</summary>
internal static class Steps
{
    /// <summary>
    /// The imports and article texts a claim file names, resolved against its path. A file that
    /// cannot be read or parsed gets an empty outline: checking it reports the problem. Only the
    /// lines that can name one are parsed (<see cref="OutlineLines"/>), when the file allows.
    /// </summary>
    public static FileOutline Outline(AdditionalFile file, CancellationToken cancellationToken)
    {
        if (file.Text is null) return new FileOutline(file, ValueList<string>.Empty, ValueList<string>.Empty);
        return OutlineOf(file, OutlineLines.TryCut(file.Text.Text, out var cut) ? cut : file.Text.ToString(), cancellationToken);
    }

    /// <summary>The outline of <paramref name="file"/> as <paramref name="text"/> (the file, or the lines of it that matter) reads.</summary>
    internal static FileOutline OutlineOf(AdditionalFile file, string text, CancellationToken cancellationToken)
    {
        try
        {
            var tree = ClaimParser.Parse(new SourceText(text, file.NormalizedPath));
            var imports = new List<string>();
            var texts = new List<string>();
            foreach (var block in tree.Blocks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var named = block.Kind switch
                {
                    BlockKind.Import => block.Header.Value as TextValue,
                    BlockKind.Article => block.Value<TextValue>("text"),
                    _ => null,
                };
                if (named is null || string.IsNullOrWhiteSpace(named.Value)) continue;
                string path = AdditionalFilesSourceProvider.PathsOnly.Resolve(file.NormalizedPath, named.Value);
                (block.Kind == BlockKind.Import ? imports : texts).Add(path);
            }
            return new FileOutline(file, imports.ToValueList(), texts.ToValueList());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new FileOutline(file, ValueList<string>.Empty, ValueList<string>.Empty);
        }
    }

    /// <summary>
    /// A claim file with everything it needs: the files it imports (and theirs) and every
    /// article text those files name. Runs again for every file when any file changes, but
    /// only follows the file's own imports through the run's <see cref="FileIndex"/>, and its
    /// result is equal for files whose inputs did not change, so their check is not re-run.
    /// </summary>
    public static CheckInput Gather(FileOutline outline, FileIndex index, GeneratorOptions options)
    {
        var needed = new SortedDictionary<string, AdditionalFile>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal) { outline.File.NormalizedPath };
        var pending = new Queue<FileOutline>();
        pending.Enqueue(outline);
        while (pending.Count > 0)
        {
            var current = pending.Dequeue();
            foreach (var text in current.Texts)
                if (index.Other(text) is { } file) needed[text] = file;
            foreach (var import in current.Imports)
            {
                if (!seen.Add(import)) continue;
                if (index.ClaimFile(import) is { } imported)
                {
                    needed[import] = imported.File;
                    pending.Enqueue(imported);
                }
                else if (index.Other(import) is { } file) needed[import] = file;
            }
        }
        return new CheckInput(outline.File, needed.Values.ToValueList(), options.Namespace);
    }

    /// <summary>Each path once, in the order given: the first of files listed more than once.</summary>
    public static ImmutableArray<AdditionalFile> FirstOfEachPath(ImmutableArray<AdditionalFile> files)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return files.Where(f => seen.Add(f.NormalizedPath)).ToImmutableArray();
    }

    /// <summary>
    /// The sources of one file that go into the compilation: none when any of its diagnostics is
    /// an error under the project's severities (the types would be half-built), and only the
    /// classes that no other file also produces.
    /// </summary>
    public static ValueList<GeneratedArticle> Sources(FileCode code, ClassClashes clashes, SeverityOverrides severities)
    {
        if (code.DiagnosticCodes.Any(severities.IsError)) return ValueList<GeneratedArticle>.Empty;
        return code.Articles.Where(a => clashes.Owner(a.ClassName) is not { } owner || owner == code.NormalizedPath).ToValueList();
    }
}

/// <summary>
/// Every claim file's outline and every other additional file, by normalized path: built once
/// per run that changes any of them, and shared by every file's <see cref="Steps.Gather"/>.
/// Compared by reference: a new index means some file changed, and each file's gathered input
/// then shows whether that file is affected.
/// </summary>
internal sealed class FileIndex
{
    private readonly Dictionary<string, FileOutline> _claimFiles;
    private readonly Dictionary<string, AdditionalFile> _others;

    public FileIndex(ImmutableArray<FileOutline> claimFiles, ImmutableArray<AdditionalFile> others)
    {
        _claimFiles = ByPath(claimFiles, o => o.File.NormalizedPath);
        _others = ByPath(others, f => f.NormalizedPath);
    }

    public FileOutline? ClaimFile(string normalizedPath) => _claimFiles.TryGetValue(normalizedPath, out var outline) ? outline : null;

    public AdditionalFile? Other(string normalizedPath) => _others.TryGetValue(normalizedPath, out var file) ? file : null;

    /// <summary>A file listed twice in AdditionalFiles counts once: the first one.</summary>
    private static Dictionary<string, T> ByPath<T>(ImmutableArray<T> items, Func<T, string> path)
    {
        var byPath = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
        foreach (var item in items)
            if (!byPath.ContainsKey(path(item))) byPath[path(item)] = item;
        return byPath;
    }
}

/// <summary>
/// Class names that articles of more than one claim file map to (the same name, or names that
/// differ only in capitals: see <see cref="GeneratedArticle.ClassNameComparer"/>); the file
/// first in path order keeps the class.
/// </summary>
internal sealed record ClassClashes(ValueList<ClassClash> Items)
{
    public static ClassClashes Find(ImmutableArray<FileClassNames> files) =>
        new(files.SelectMany(f => f.ClassNames.Select(name => (Name: name, Path: f.NormalizedPath)))
            .GroupBy(x => x.Name, GeneratedArticle.ClassNameComparer)
            .Select(g => g.OrderBy(x => x.Path, StringComparer.Ordinal).ToList())
            .Where(g => g.Select(x => x.Path).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => new ClassClash(g[0].Name, g[0].Path))
            .OrderBy(c => c.ClassName, StringComparer.Ordinal)
            .ToValueList());

    /// <summary>The clash over <paramref name="className"/> (or a name that differs from it only in capitals), if several files want it.</summary>
    public ClassClash? Of(string className) => Items.FirstOrDefault(c => GeneratedArticle.ClassNameComparer.Equals(c.ClassName, className));

    /// <summary>The file that keeps <paramref name="className"/>, when several want it.</summary>
    public string? Owner(string className) => Of(className)?.Owner;
}

/// <summary>One class name wanted by several files, and the file that keeps it (under the name it gives it).</summary>
internal sealed record ClassClash(string ClassName, string Owner);

/// <summary>
/// The project's own severities for CLM codes (<c>dotnet_diagnostic.CLM010.severity</c> in a
/// global analyzer config, <c>&lt;NoWarn&gt;</c>, <c>&lt;WarningsAsErrors&gt;</c>). The compiler
/// applies them to what is reported; the generator needs them only to know whether a file's
/// diagnostics leave it with errors, and so without code.
/// </summary>
internal sealed record SeverityOverrides(ValueList<SeverityOverride> Items)
{
    public static SeverityOverrides From(CompilationOptions options, CancellationToken cancellationToken)
    {
        var items = new List<SeverityOverride>();
        foreach (var descriptor in GeneratorDiagnostics.All)
        {
            var value = options.SpecificDiagnosticOptions.TryGetValue(descriptor.Code, out var specific) ? specific : ReportDiagnostic.Default;
            if (value != ReportDiagnostic.Suppress && options.SyntaxTreeOptionsProvider is { } provider
                && provider.TryGetGlobalDiagnosticValue(descriptor.Code, cancellationToken, out var global))
                value = global;
            if (value != ReportDiagnostic.Default) items.Add(new SeverityOverride(descriptor.Code, value));
        }
        return new SeverityOverrides(items.ToValueList());
    }

    public bool IsError(string code) =>
        Items.FirstOrDefault(o => o.Code == code)?.Severity switch
        {
            null or ReportDiagnostic.Default => GeneratorDiagnostics.DefaultSeverity(code) == DiagnosticSeverity.Error,
            var severity => severity == ReportDiagnostic.Error,
        };
}

/// <summary>One CLM code's severity as the project sets it.</summary>
internal sealed record SeverityOverride(string Code, ReportDiagnostic Severity);
