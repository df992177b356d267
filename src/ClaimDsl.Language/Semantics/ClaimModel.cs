using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using ClaimDsl.Model;
using ClaimDsl.Syntax;

namespace ClaimDsl.Semantics;

/// <summary>Where something is declared: its file and its block.</summary>
public sealed record Declaration(SyntaxTree Tree, SyntaxBlock Block);

/// <summary>
/// The bound model of a compilation: the articles, entities and claims that could be built, in
/// file order, and where each was declared. Blocks that could not be built (no speaker, no words
/// or both kinds, an unknown relay, …) are left out; a claim's unknown audience or rating is left
/// out of the claim. The rules say why.
/// </summary>
public sealed class ClaimModel
{
    private readonly Dictionary<object, Declaration> _declarations;

    internal ClaimModel(
        ImmutableArray<Article> articles,
        ImmutableArray<Entity> entities,
        ImmutableArray<Claim> claims,
        Dictionary<object, Declaration> declarations,
        ILookup<string, Declaration> entityDeclarations,
        ILookup<string, Declaration> claimDeclarations,
        ILookup<string, Declaration> articleDeclarations)
    {
        Articles = articles;
        Entities = entities;
        Claims = claims;
        _declarations = declarations;
        EntityDeclarations = entityDeclarations;
        ClaimDeclarations = claimDeclarations;
        ArticleDeclarations = articleDeclarations;
    }

    /// <summary>A model of hand-built records, with no files behind them (for validation).</summary>
    public static ClaimModel FromRecords(IEnumerable<Claim> claims, IEnumerable<Entity>? entities = null)
    {
        var claimList = claims.ToImmutableArray();
        var entityList = (entities ?? Enumerable.Empty<Entity>())
            .Concat(claimList.Select(c => c.Speaker))
            .Concat(claimList.SelectMany(c => c.Sources.SelectMany(s => s.Relays)))
            .Distinct(ReferenceComparer.Instance).Cast<Entity>().ToImmutableArray();
        var articles = claimList.Select(c => c.Article).Distinct(ReferenceComparer.Instance).Cast<Article>().ToImmutableArray();
        var none = Enumerable.Empty<Declaration>().ToLookup(d => "");
        return new ClaimModel(articles, entityList, claimList, new Dictionary<object, Declaration>(ReferenceComparer.Instance), none, none, none);
    }

    public ImmutableArray<Article> Articles { get; }

    public ImmutableArray<Entity> Entities { get; }

    public ImmutableArray<Claim> Claims { get; }

    /// <summary>Every entity block by id, including duplicates and blocks that could not be built.</summary>
    public ILookup<string, Declaration> EntityDeclarations { get; }

    /// <summary>Every claim block by id, including duplicates and blocks that could not be built.</summary>
    public ILookup<string, Declaration> ClaimDeclarations { get; }

    /// <summary>Every article block by id.</summary>
    public ILookup<string, Declaration> ArticleDeclarations { get; }

    /// <summary>Where a record of this model was declared; null for hand-built records.</summary>
    public Declaration? DeclarationOf(object record) => _declarations.TryGetValue(record, out var d) ? d : null;

    /// <summary>The entity with this id, if one could be built.</summary>
    public Entity? FindEntity(string id) => Entities.FirstOrDefault(e => e.Id == id);

    private ILookup<object, Claim>? _claimsByArticle;

    /// <summary>The claims of one article, in file order.</summary>
    public IEnumerable<Claim> ClaimsOf(Article article) =>
        (_claimsByArticle ??= Claims.ToLookup(c => (object)c.Article, ReferenceComparer.Instance))[article];
}

/// <summary>Compares by reference: records compare by value, but a declaration belongs to one object.</summary>
internal sealed class ReferenceComparer : IEqualityComparer<object>
{
    public static ReferenceComparer Instance { get; } = new();

    public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);

    public int GetHashCode(object obj) => RuntimeHelpers.GetHashCode(obj);
}
