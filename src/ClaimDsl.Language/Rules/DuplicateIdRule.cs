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
        foreach (var group in context.Model.EntityDeclarations.Concat(context.Model.ClaimDeclarations).Concat(context.Model.ArticleDeclarations))
        {
            var first = group.First();
            foreach (var later in group.Skip(1))
            {
                context.Report(Rule, later.Tree, later.Block.Id!.Span,
                    $"The id `{group.Key}` is already used by {RuleContext.Describe(first.Block.Kind)} at {context.Where(first, later.Tree)}. {Scope(first)} Rename one of them.");
            }
        }
    }

    private static string Scope(Declaration first) => first.Block.Kind switch
    {
        Syntax.BlockKind.Claim => "Claim ids must be unique across a file and the files it imports.",
        Syntax.BlockKind.Article => "Article ids must be unique across a file and the files it imports.",
        _ => "People, organisations and groups share one set of ids, unique across a file and the files it imports.",
    };
}
