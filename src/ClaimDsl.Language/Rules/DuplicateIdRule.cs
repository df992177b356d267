using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Diagnostics;
using ClaimDsl.Semantics;

namespace ClaimDsl.Rules;

/// <summary>
/// CLM021: two blocks with the same id. People, organisations and groups share one set of ids;
/// claims have their own, and so do articles. Each id is unique in a file and everything it imports.
/// </summary>
public sealed class DuplicateIdRule : ClaimRule
{
    public static readonly DiagnosticDescriptor Rule = new("CLM021", "Id used twice", Severity.Error);

    public override DiagnosticDescriptor Descriptor => Rule;

    public override void Check(RuleContext context)
    {
        var order = DeclarationOrder(context);
        foreach (var group in context.Model.EntityDeclarations.Concat(context.Model.ClaimDeclarations).Concat(context.Model.ArticleDeclarations))
        {
            if (!HasSeveral(group)) continue;
            var declarations = group.OrderBy(order).ToList();
            var first = declarations[0];
            foreach (var later in declarations.Skip(1))
            {
                context.Report(Rule, later.Tree, later.Block.Id!.Span,
                    $"The id `{group.Key}` is already used by {RuleContext.Describe(first.Block.Kind)} at {context.Where(first, later.Tree)}. {Scope(first)} Rename one of them.");
            }
        }
    }

    /// <summary>True when an id is declared more than once; most are not, and they need no sorting.</summary>
    private static bool HasSeveral(IEnumerable<Declaration> group)
    {
        if (group is ICollection<Declaration> collection) return collection.Count > 1;
        int count = 0;
        foreach (var _ in group) if (++count > 1) return true;
        return false;
    }

    /// <summary>
    /// Which declaration of an id counts as the first: an imported file's comes before the file
    /// that imports it (its `import` line stands above what follows), so the duplicate is
    /// reported where it was added — not in a shared file that many others import.
    /// </summary>
    private static System.Func<Declaration, (int, int, int)> DeclarationOrder(RuleContext context)
    {
        var depth = new Dictionary<string, int>();
        var treeIndex = new Dictionary<string, int>();
        for (int i = 0; i < context.Trees.Length; i++)
        {
            if (!treeIndex.ContainsKey(context.Trees[i].Path)) treeIndex[context.Trees[i].Path] = i;
        }
        if (context.Compilation is { } compilation)
        {
            depth[compilation.Root.Path] = 0;
            var imports = compilation.Imports.Where(i => i.Status == ImportStatus.Loaded).ToList();
            for (bool changed = true; changed;)
            {
                changed = false;
                foreach (var import in imports)
                {
                    if (!depth.TryGetValue(import.From.Path, out int from) || depth.ContainsKey(import.ResolvedPath)) continue;
                    depth[import.ResolvedPath] = from + 1;
                    changed = true;
                }
            }
        }
        return d => (-(depth.TryGetValue(d.Tree.Path, out int level) ? level : 0), treeIndex.TryGetValue(d.Tree.Path, out int index) ? index : int.MaxValue, d.Block.Span.Start);
    }

    private static string Scope(Declaration first) => first.Block.Kind switch
    {
        Syntax.BlockKind.Claim => "Claim ids must be unique across a file and the files it imports.",
        Syntax.BlockKind.Article => "Article ids must be unique across a file and the files it imports.",
        _ => "People, organisations and groups share one set of ids, unique across a file and the files it imports.",
    };
}
