using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Model;
using ClaimDsl.Semantics;

namespace ClaimDsl;

/// <summary>
/// What the exporters and the JSON serialiser work on: articles, entities and claims, each id
/// once, closed under references (every entity or article a record points at is in the set).
/// Built from checked documents, from one model, or from records made in code.
/// </summary>
public sealed class ClaimSet
{
    private readonly Lazy<ILookup<string, Claim>> _claimsByArticle;

    private ClaimSet(ImmutableArray<Article> articles, ImmutableArray<Entity> entities, ImmutableArray<Claim> claims)
    {
        Articles = articles;
        Entities = entities;
        Claims = claims;
        // Built once: scanning every claim for every article is quadratic (2,297 rows of LIAR2 took a second).
        _claimsByArticle = new Lazy<ILookup<string, Claim>>(() => claims.ToLookup(c => c.Article.Id, StringComparer.Ordinal));
    }

    /// <summary>Articles in the order they were first met (given or declared first, then as claims refer to them).</summary>
    public ImmutableArray<Article> Articles { get; }

    /// <summary>People, organisations and groups in the order they were first met (given or declared first, then as records refer to them).</summary>
    public ImmutableArray<Entity> Entities { get; }

    /// <summary>Claims in file order.</summary>
    public ImmutableArray<Claim> Claims { get; }

    /// <summary>The claims of one article, in order.</summary>
    public IEnumerable<Claim> ClaimsOf(Article article) => _claimsByArticle.Value[article.Id];

    /// <summary>The set of one file's model (the file and its imports).</summary>
    public static ClaimSet From(ClaimModel model) => FromDocuments(new[] { model }, _ => null);

    /// <summary>
    /// The union of several checked files. A file imported by several of them contributes its
    /// records once. Throws <see cref="ClaimSetConflictException"/> when two files use the same
    /// id for different things, since ids are how the outputs refer to records.
    /// </summary>
    public static ClaimSet FromDocuments(IEnumerable<ClaimDocument> documents)
    {
        var list = documents.ToList();
        return FromDocuments(list.Select(d => d.Model), record =>
            list.Select(d => d.Model.DeclarationOf(record)?.Tree.Path).FirstOrDefault(p => p is not null));
    }

    /// <summary>
    /// A set of records built in code (or read back from JSON): the claims, plus any articles and
    /// entities given, plus everything they refer to.
    /// </summary>
    public static ClaimSet FromRecords(IEnumerable<Claim> claims, IEnumerable<Entity>? entities = null, IEnumerable<Article>? articles = null)
    {
        var builder = new Builder(_ => null);
        foreach (var entity in entities ?? Enumerable.Empty<Entity>()) builder.Add(entity);
        foreach (var article in articles ?? Enumerable.Empty<Article>()) builder.Add(article);
        foreach (var claim in claims) builder.Add(claim);
        return builder.Build();
    }

    private static ClaimSet FromDocuments(IEnumerable<ClaimModel> models, Func<object, string?> locate)
    {
        var builder = new Builder(locate);
        foreach (var model in models)
        {
            foreach (var entity in model.Entities) builder.Add(entity);
            foreach (var article in model.Articles) builder.Add(article);
            foreach (var claim in model.Claims) builder.Add(claim);
        }
        return builder.Build();
    }

    /// <summary>Adds records once per id, following references, and reports ids used for two different things.</summary>
    private sealed class Builder
    {
        private readonly Func<object, string?> _locate;
        private readonly Dictionary<string, Article> _articleIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Entity> _entityIds = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Claim> _claimIds = new(StringComparer.Ordinal);
        private readonly List<Article> _articles = new();
        private readonly List<Entity> _entities = new();
        private readonly List<Claim> _claims = new();

        public Builder(Func<object, string?> locate) => _locate = locate;

        public ClaimSet Build() => new(_articles.ToImmutableArray(), _entities.ToImmutableArray(), _claims.ToImmutableArray());

        public void Add(Article article)
        {
            if (!Admit(_articleIds, article.Id, article, "articles")) return;
            _articles.Add(article);
            if (article.Outlet is not null) Add(article.Outlet);
        }

        public void Add(Entity entity)
        {
            if (!Admit(_entityIds, entity.Id, entity, "people, organisations or groups")) return;
            _entities.Add(entity);
            switch (entity)
            {
                case Person { Affiliation: { } of }: Add(of); break;
                case Organization { Parent: { } parent }: Add(parent); break;
                case Group { IdentifiedAs: { } who }: Add(who); break;
            }
        }

        public void Add(Claim claim)
        {
            if (!Admit(_claimIds, claim.Id, claim, "claims")) return;
            _claims.Add(claim);
            Add(claim.Article);
            Add(claim.Speaker);
            if (claim.Audience?.Entity is { } audience) Add(audience);
            foreach (var relay in claim.Sources.SelectMany(s => s.Relays)) Add(relay);
        }

        /// <summary>True when the record is new; false when an equal one is already in; throws when a different one has its id.</summary>
        private bool Admit<T>(Dictionary<string, T> seen, string id, T record, string what) where T : class
        {
            if (!seen.TryGetValue(id, out var earlier))
            {
                seen[id] = record;
                return true;
            }
            if (ReferenceEquals(earlier, record) || earlier.Equals(record)) return false;
            string where = (_locate(earlier), _locate(record)) switch
            {
                ({ } a, { } b) when a != b => $" (in {a} and in {b})",
                ({ } a, _) => $" (in {a})",
                _ => "",
            };
            throw new ClaimSetConflictException(id,
                $"The id `{id}` is used for two different {what}{where}. Exports refer to records by id, so each id must mean one thing: rename one of them.");
        }
    }
}

/// <summary>Two different records share an id, so they cannot be exported or serialised together.</summary>
public sealed class ClaimSetConflictException : Exception
{
    public ClaimSetConflictException(string id, string message) : base(message) => Id = id;

    /// <summary>The id used twice.</summary>
    public string Id { get; }
}
