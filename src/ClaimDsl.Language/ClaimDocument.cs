using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Model;
using ClaimDsl.Rules;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;
using ClaimDsl.Text;

namespace ClaimDsl;

/// <summary>
/// A checked <c>.claims</c> file: its model (articles, people, organisations, groups, claims)
/// and every diagnostic about it and the files it imports. Loading never throws on bad input:
/// problems are diagnostics, and the model holds everything that could be built.
/// </summary>
public sealed class ClaimDocument
{
    private ClaimDocument(Compilation compilation, ImmutableArray<ClaimDiagnostic> diagnostics)
    {
        Compilation = compilation;
        Diagnostics = diagnostics;
    }

    /// <summary>The path the file was read from.</summary>
    public string Path => Compilation.Root.Path;

    /// <summary>The parsed files behind the model: this file, then its imports.</summary>
    public Compilation Compilation { get; }

    public ClaimModel Model => Compilation.Model;

    public ImmutableArray<Article> Articles => Model.Articles;

    public ImmutableArray<Entity> Entities => Model.Entities;

    public ImmutableArray<Claim> Claims => Model.Claims;

    /// <summary>Every finding, sorted by file and position.</summary>
    public ImmutableArray<ClaimDiagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>
    /// Checks text that is already in memory. Imports and article texts are read relative to
    /// <paramref name="path"/>, from disk unless another <paramref name="provider"/> is given.
    /// </summary>
    public static ClaimDocument Parse(string text, string path = "untitled.claims", ISourceProvider? provider = null)
    {
        var workspace = new ClaimWorkspace(provider ?? FileSystemSourceProvider.Instance);
        return Check(ClaimParser.Parse(new SourceText(text ?? "", path ?? "untitled.claims")), workspace);
    }

    /// <summary>Reads and checks a file from disk.</summary>
    public static ClaimDocument Load(string path) => Load(path, new ClaimWorkspace(FileSystemSourceProvider.Instance));

    /// <summary>Reads and checks a file through a workspace, which parses each imported file once across many loads.</summary>
    public static ClaimDocument Load(string path, ClaimWorkspace workspace)
    {
        var tree = workspace.GetTree(path, out string? problem)
            ?? new SyntaxTree(new SourceText("", path), ImmutableArray<SyntaxLine>.Empty, ImmutableArray<SyntaxBlock>.Empty,
                ImmutableArray.Create(new ClaimDiagnostic(SyntaxErrors.NotText, Severity.Error, problem ?? $"`{path}` could not be read.", path, default)));
        return Check(tree, workspace);
    }

    /// <summary>Checks an already parsed file.</summary>
    public static ClaimDocument Check(SyntaxTree tree, ClaimWorkspace workspace)
    {
        var compilation = Semantics.Compilation.Create(tree, workspace);
        return new ClaimDocument(compilation, RuleEngine.Run(compilation, workspace));
    }

    /// <summary>
    /// Runs the language's rules over records built in code (or deserialised): the same rules,
    /// one implementation. Findings carry no file position; their messages name the claim.
    /// </summary>
    public static ImmutableArray<ClaimDiagnostic> Validate(IEnumerable<Claim> claims, IEnumerable<Entity>? entities = null) =>
        RuleEngine.Validate(ClaimModel.FromRecords(claims, entities));
}
