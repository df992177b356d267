using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Model;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;
using ClaimDsl.Text;

namespace ClaimDsl.Rules;

/// <summary>What a rule sees: the model, the files behind it (none for hand-built records), and where to report.</summary>
public sealed class RuleContext
{
    private readonly List<ClaimDiagnostic> _diagnostics = new();
    private readonly ClaimWorkspace? _workspace;
    private readonly ConcurrentDictionary<string, QuoteMatcher?> _matchers = new();

    internal RuleContext(ClaimModel model, Compilation? compilation, ClaimWorkspace? workspace)
    {
        Model = model;
        Compilation = compilation;
        _workspace = workspace;
    }

    public ClaimModel Model { get; }

    /// <summary>The files, when the model was read from files.</summary>
    public Compilation? Compilation { get; }

    /// <summary>Every parsed file of the compilation; empty for hand-built records.</summary>
    public ImmutableArray<SyntaxTree> Trees => Compilation?.Trees ?? ImmutableArray<SyntaxTree>.Empty;

    /// <summary>Every <c>import</c> line of the compilation and what became of it; empty for hand-built records.</summary>
    public ImmutableArray<ImportOutcome> Imports => Compilation?.Imports ?? ImmutableArray<ImportOutcome>.Empty;

    internal IReadOnlyList<ClaimDiagnostic> Diagnostics => _diagnostics;

    private readonly Dictionary<ClaimRule, object> _computed = new();

    /// <summary>
    /// Something <paramref name="rule"/> works out once per check and then uses for every block
    /// or claim it is handed (such as a set of ids), made on first use.
    /// </summary>
    public T Once<T>(ClaimRule rule, System.Func<RuleContext, T> compute) where T : class
    {
        if (_computed.TryGetValue(rule, out var made)) return (T)made;
        var value = compute(this);
        _computed[rule] = value;
        return value;
    }

    /// <summary>Reports a finding at a span of a file.</summary>
    public void Report(DiagnosticDescriptor descriptor, SyntaxTree tree, SourceSpan span, string message) =>
        _diagnostics.Add(new ClaimDiagnostic(descriptor, descriptor.DefaultSeverity, message, tree.Path, span));

    /// <summary>
    /// Reports a finding about a record: at the value of its <paramref name="keyword"/> line when
    /// it has one, else at its first line, else (hand-built records) with no position.
    /// </summary>
    public void Report(DiagnosticDescriptor descriptor, object record, string? keyword, string message)
    {
        var declaration = Model.DeclarationOf(record);
        if (declaration is null)
        {
            _diagnostics.Add(new ClaimDiagnostic(descriptor, descriptor.DefaultSeverity, message, "", default));
            return;
        }
        var line = keyword is null ? null : declaration.Block.Line(keyword);
        Report(descriptor, declaration.Tree, SpanOf(line) ?? declaration.Block.Id?.Span ?? declaration.Block.Header.KeywordSpan, message);
    }

    /// <summary>
    /// Reports a finding about the <paramref name="index"/>-th source of a claim, at its
    /// <c>source</c> line (counting the lines that could be read, as the model does), or at the
    /// id <paramref name="relayId"/> inside that line's chain when given.
    /// </summary>
    public void ReportSource(DiagnosticDescriptor descriptor, Claim claim, int index, string message, string? relayId = null)
    {
        var declaration = Model.DeclarationOf(claim);
        if (declaration is not null)
        {
            int seen = 0;
            foreach (var line in declaration.Block.Lines)
            {
                if (line.Keyword != "source" || line.Value is not SourceValue source) continue;
                if (seen++ != index) continue;
                var relay = relayId is null ? null : source.Chain.FirstOrDefault(n => n.Name == relayId);
                Report(descriptor, declaration.Tree, relay?.Span ?? source.Span, message);
                return;
            }
        }
        Report(descriptor, claim, "source", message);
    }

    /// <summary>The span to point at for a line: its value, else its keyword.</summary>
    public static SourceSpan? SpanOf(SyntaxLine? line) => line?.Value?.Span ?? line?.KeywordSpan;

    /// <summary>The text of an article's <c>text</c> file, or why it cannot be read; null when the article has none.</summary>
    public FileReadResult? ArticleText(Article article)
    {
        if (article.TextPath is null || _workspace is null) return null;
        var declaration = Model.DeclarationOf(article);
        if (declaration is null) return null;
        return _workspace.ReadText(_workspace.Provider.Resolve(declaration.Tree.Path, article.TextPath));
    }

    /// <summary>A quote matcher over an article's text, built once; null when the text cannot be read as UTF-8 (CLM041 says why).</summary>
    public QuoteMatcher? Quotes(Article article)
    {
        var read = ArticleText(article);
        if (read?.Text is not { } text || read.Decoding is not null) return null;
        return _matchers.GetOrAdd(text.Path, _ => new QuoteMatcher(text.Text));
    }

    /// <summary>"a person", "an organisation" or "a group".</summary>
    public static string Describe(BlockKind kind) => kind switch
    {
        BlockKind.Person => "a person",
        BlockKind.Org => "an organisation",
        BlockKind.Group => "a group",
        BlockKind.Claim => "a claim",
        BlockKind.Article => "an article",
        _ => "a block",
    };

    /// <summary>Where a declaration is, for messages: <c>line 12</c> or <c>people.claims line 12</c>.</summary>
    public string Where(Declaration declaration, SyntaxTree from) =>
        (declaration.Tree.Path == from.Path ? "" : System.IO.Path.GetFileName(declaration.Tree.Path) + " ") + "line " + declaration.Block.Header.Span.StartLine;
}
