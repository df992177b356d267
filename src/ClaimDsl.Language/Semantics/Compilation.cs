using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Syntax;
using ClaimDsl.Text;

namespace ClaimDsl.Semantics;

/// <summary>What became of one <c>import</c> line.</summary>
public enum ImportStatus
{
    Loaded,
    Missing,
    Cycle,
}

/// <summary>One <c>import</c> line, the file it names, and whether that file could be used.</summary>
public sealed record ImportOutcome(SyntaxTree From, SyntaxBlock Line, string ResolvedPath, ImportStatus Status, string? Problem, ImmutableArray<string> Cycle);

/// <summary>
/// A file and everything it can see: the files it imports, and theirs, each parsed once. The
/// model is bound over all of them; ids must be unique across them.
/// </summary>
public sealed class Compilation
{
    private Compilation(SyntaxTree root, ImmutableArray<SyntaxTree> trees, ImmutableArray<ImportOutcome> imports, ISourceProvider provider)
    {
        Root = root;
        Trees = trees;
        Imports = imports;
        Provider = provider;
        Model = Binder.Bind(trees);
    }

    /// <summary>The file this compilation was made for.</summary>
    public SyntaxTree Root { get; }

    /// <summary>The root first, then every imported file, in the order they were reached.</summary>
    public ImmutableArray<SyntaxTree> Trees { get; }

    public ImmutableArray<ImportOutcome> Imports { get; }

    public ClaimModel Model { get; }

    /// <summary>Where article texts and imports are read from.</summary>
    public ISourceProvider Provider { get; }

    /// <summary>Parses <paramref name="root"/>'s imports (through <paramref name="workspace"/>'s cache) and binds everything.</summary>
    public static Compilation Create(SyntaxTree root, ClaimWorkspace workspace)
    {
        var trees = new List<SyntaxTree> { root };
        var imports = new List<ImportOutcome>();
        // The root under the same key as an import naming it would get (a full path on disk),
        // so that a file imported back by its own import is seen as the cycle it is, however
        // the root was named (`claimdsl check a.claims` gives a relative path).
        string rootKey = workspace.Provider.Resolve(root.Path, FileName(root.Path));
        var seen = new HashSet<string> { root.Path, rootKey };
        // The files being read, from the root to the current one, each with the next of its
        // blocks to look at: a depth-first walk kept on the heap, not the call stack, so that a
        // chain of thousands of files importing each other cannot overflow the stack.
        var open = new List<OpenFile> { new(root, rootKey) };
        var openAt = new Dictionary<string, int> { [rootKey] = 0 };
        while (open.Count > 0)
        {
            var current = open[open.Count - 1];
            if (current.NextBlock == current.Tree.Blocks.Length)
            {
                open.RemoveAt(open.Count - 1);
                openAt.Remove(current.Key);
                continue;
            }
            var block = current.Tree.Blocks[current.NextBlock++];
            if (block.Kind != BlockKind.Import || block.Header.Value is not TextValue { IsBlank: false } target) continue;
            string path = workspace.Provider.Resolve(current.Tree.Path, target.Value);
            if (openAt.TryGetValue(path, out int cycleStart))
            {
                var cycle = open.Skip(cycleStart).Select(file => file.Key).Append(path).ToImmutableArray();
                imports.Add(new ImportOutcome(current.Tree, block, path, ImportStatus.Cycle, null, cycle));
                continue;
            }
            var imported = workspace.GetTree(path, out string? problem);
            if (imported is null)
            {
                imports.Add(new ImportOutcome(current.Tree, block, path, ImportStatus.Missing, problem, ImmutableArray<string>.Empty));
                continue;
            }
            imports.Add(new ImportOutcome(current.Tree, block, path, ImportStatus.Loaded, null, ImmutableArray<string>.Empty));
            if (!seen.Add(path)) continue;
            trees.Add(imported);
            openAt[path] = open.Count;
            open.Add(new OpenFile(imported, path));
        }
        return new Compilation(root, trees.ToImmutableArray(), imports.ToImmutableArray(), workspace.Provider);

        static string FileName(string path) => path.Substring(path.LastIndexOfAny(new[] { '/', '\\' }) + 1);
    }

    /// <summary>A file of the import walk, and the index of its next block to look at.</summary>
    private sealed class OpenFile
    {
        public OpenFile(SyntaxTree tree, string key)
        {
            Tree = tree;
            Key = key;
        }

        public SyntaxTree Tree { get; }

        public string Key { get; }

        public int NextBlock { get; set; }
    }
}

/// <summary>
/// Parses files on demand and keeps each parse, so that a file imported by many others is read
/// and parsed once. Safe to use from several threads.
/// </summary>
public sealed class ClaimWorkspace
{
    // Lazy, because ConcurrentDictionary.GetOrAdd may run its factory on several threads at
    // once for the same key: a file imported by many checked files would be read and parsed
    // by each of them. Lazy makes the first caller do the work and the others wait for it.
    private readonly ConcurrentDictionary<string, Lazy<(SyntaxTree? Tree, string? Problem)>> _trees = new();
    private readonly ConcurrentDictionary<string, Lazy<FileReadResult>> _texts = new();

    public ClaimWorkspace(ISourceProvider provider) => Provider = provider;

    public ISourceProvider Provider { get; }

    /// <summary>The parsed file at <paramref name="path"/>, or null with the reason it could not be read.</summary>
    public SyntaxTree? GetTree(string path, out string? problem)
    {
        var entry = _trees.GetOrAdd(path, p => new Lazy<(SyntaxTree?, string?)>(() =>
        {
            var read = Provider.Read(p);
            return read.Text is null ? (null, read.Problem) : (Parse(read.Text, read.Decoding), null);
        })).Value;
        problem = entry.Problem;
        return entry.Tree;
    }

    /// <summary>
    /// Drops the parse of <paramref name="path"/> from the cache, so that its tree can be
    /// collected: for callers that check many files and know no later file imports this one.
    /// A later <see cref="GetTree"/> reads and parses the file again.
    /// </summary>
    public void Forget(string path) => _trees.TryRemove(path, out _);

    /// <summary>A text file (an article's text), read once.</summary>
    public FileReadResult ReadText(string path) => _texts.GetOrAdd(path, p => new Lazy<FileReadResult>(() => Provider.Read(p))).Value;

    /// <summary>What to tell the writer about a file that is not UTF-8 text; <paramref name="subject"/> names the file ("This file").</summary>
    public static string DecodingMessage(DecodeProblemKind kind, string subject) => kind switch
    {
        DecodeProblemKind.Binary => $"{subject} holds binary data, not text. Claim files and article texts must be plain UTF-8 text; check that the right file was named.",
        DecodeProblemKind.Utf16 => $"{subject} is saved as UTF-16, not UTF-8. Save it as UTF-8 (most editors offer \"UTF-8\" in the Save As dialog).",
        _ => $"{subject} is not saved as UTF-8: the character here cannot be read, and there may be more further on (each is shown as �). Save the file as UTF-8 (most editors offer \"UTF-8\" in the Save As dialog).",
    };

    /// <summary>Parses text that is already in memory; a decoding problem becomes a diagnostic.</summary>
    public static SyntaxTree Parse(SourceText text, DecodeProblem? decoding = null)
    {
        if (decoding is null) return ClaimParser.Parse(text);
        var span = text.Span(decoding.CharOffset, 1);
        string message = DecodingMessage(decoding.Kind, "This file");
        var diagnostic = new ClaimDiagnostic(SyntaxErrors.NotText, Severity.Error, message, text.Path, span);
        // A binary file is not read any further: its bytes would only produce noise.
        if (decoding.IsBinary)
            return new SyntaxTree(new SourceText("", text.Path), ImmutableArray<SyntaxLine>.Empty, ImmutableArray<SyntaxBlock>.Empty, ImmutableArray.Create(diagnostic));
        var tree = ClaimParser.Parse(text);
        return tree with { Diagnostics = tree.Diagnostics.Insert(0, diagnostic) };
    }
}
