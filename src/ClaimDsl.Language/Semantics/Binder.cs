using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using ClaimDsl.Model;
using ClaimDsl.Syntax;

namespace ClaimDsl.Semantics;

/// <summary>
/// Builds the model from parsed files: resolves references, dates and source chains. It reports
/// nothing — every problem is a rule's to explain — and leaves out what it cannot build, so a
/// broken claim never takes its neighbours down with it.
/// </summary>
internal sealed class Binder
{
    private readonly Dictionary<object, Declaration> _declarations = new(ReferenceComparer.Instance);
    private readonly Dictionary<string, Declaration> _entityBlocks = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity?> _entities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _building = new(StringComparer.Ordinal);

    public static ClaimModel Bind(ImmutableArray<SyntaxTree> trees) => new Binder().Run(trees);

    private ClaimModel Run(ImmutableArray<SyntaxTree> trees)
    {
        // One pass over the blocks, in file order, sorts them by kind and notes each claim's
        // article (the article above it in its own file), so the ids of entities are known
        // before any is built and no later step walks the blocks again: on a large file every
        // walk is a trip through memory far larger than the processor's caches.
        var entityDecls = new List<(string Id, Declaration Declaration)>();
        var articleDecls = new List<(string Id, Declaration Declaration)>();
        var claimDecls = new List<(string Id, Declaration Declaration, int Article)>();
        foreach (var tree in trees)
        {
            int article = -1;
            foreach (var block in tree.Blocks)
            {
                var id = block.Id?.Name;
                if (block.Kind == BlockKind.Article) article = id is null ? -1 : articleDecls.Count;
                if (id is null) continue;
                var decl = new Declaration(tree, block);
                switch (block.Kind)
                {
                    case BlockKind.Person or BlockKind.Org or BlockKind.Group:
                        entityDecls.Add((id, decl));
                        if (!_entityBlocks.ContainsKey(id)) _entityBlocks[id] = decl;
                        break;
                    case BlockKind.Claim:
                        claimDecls.Add((id, decl, article));
                        break;
                    case BlockKind.Article:
                        articleDecls.Add((id, decl));
                        break;
                }
            }
        }

        var entities = ImmutableArray.CreateBuilder<Entity>();
        foreach (var (id, decl) in entityDecls)
            if (ReferenceEquals(_entityBlocks[id], decl) && Entity(id) is { } entity) entities.Add(entity);

        // A second article with an id already taken is not built, nor are its claims.
        var articles = new Article?[articleDecls.Count];
        var seenArticleIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < articleDecls.Count; i++)
            if (seenArticleIds.Add(articleDecls[i].Id)) articles[i] = BuildArticle(articleDecls[i].Declaration);

        var claims = new List<Claim>();
        var seenClaimIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, decl, article) in claimDecls)
        {
            if (article < 0 || articles[article] is not { } current || !seenClaimIds.Add(id)) continue;
            if (BuildClaim(decl, current) is { } claim) claims.Add(claim);
        }

        return new ClaimModel(
            articles.OfType<Article>().ToImmutableArray(),
            entities.ToImmutable(),
            claims.ToImmutableArray(),
            _declarations,
            entityDecls.ToLookup(d => d.Id, d => d.Declaration, StringComparer.Ordinal),
            claimDecls.ToLookup(d => d.Id, d => d.Declaration, StringComparer.Ordinal),
            articleDecls.ToLookup(d => d.Id, d => d.Declaration, StringComparer.Ordinal));
    }

    /// <summary>The entity with this id, built on first use. Null if it is undeclared, broken, or part of a loop of `of`/`identified-as` lines.</summary>
    private Entity? Entity(string id)
    {
        if (_entities.TryGetValue(id, out var built)) return built;
        // The entities this one leads to through `of`/`identified-as` lines that are not built
        // yet, nearest first. Building them from the far end makes every reference a look-up,
        // so a chain of thousands of `of` lines declared child before parent is a loop here, not
        // a call per link that could overflow the stack. An id met again is a loop: null there.
        var chain = new List<(string Id, Declaration Declaration)>();
        for (string? next = id;
             next is not null && !_entities.ContainsKey(next) && _entityBlocks.TryGetValue(next, out var decl) && _building.Add(next);
             next = ReferencedId(decl.Block))
        {
            chain.Add((next, decl));
        }
        Entity? entity = null;
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            try
            {
                entity = BuildEntity(chain[i].Declaration);
                _entities[chain[i].Id] = entity;
                if (entity is not null) _declarations[entity] = chain[i].Declaration;
            }
            finally
            {
                _building.Remove(chain[i].Id);
            }
        }
        return entity; // the last built: chain[0], the one asked for (null when there is none)
    }

    /// <summary>The id an entity's block refers to, through the line <see cref="BuildEntity"/> reads for its kind.</summary>
    private static string? ReferencedId(SyntaxBlock block) =>
        block.Value<NameValue>(block.Kind == BlockKind.Group ? "identified-as" : "of")?.Name;

    private Entity? BuildEntity(Declaration decl)
    {
        var block = decl.Block;
        string id = block.Id!.Name;
        string? name = NonEmpty(block.Name);
        if (name is null) return null;
        var aliases = block.LinesOf("alias").Select(l => NonEmpty(l.Value as TextValue)).OfType<string>().ToValueList();
        string? note = Text(block, "note");
        switch (block.Kind)
        {
            case BlockKind.Person:
                return new Person(id, name) { Aliases = aliases, Note = note, Role = Text(block, "role"), Affiliation = Reference(block, "of") as Organization };
            case BlockKind.Org:
                return new Organization(id, name) { Aliases = aliases, Note = note, Kind = Kind(block), Parent = Reference(block, "of") as Organization };
            default:
                var unnamed = block.Value<UnnamedValue>("unnamed");
                return new Group(id, name)
                {
                    Aliases = aliases,
                    Note = note,
                    IsUnnamed = block.Line("unnamed") is not null,
                    UnnamedReason = NonEmpty(unnamed?.Reason),
                    IdentifiedAs = Reference(block, "identified-as"),
                };
        }
    }

    private Article? BuildArticle(Declaration decl)
    {
        var block = decl.Block;
        var published = block.Value<DateValue>("published");
        var article = new Article(block.Id!.Name)
        {
            Title = Text(block, "title"),
            Outlet = Reference(block, "outlet") as Organization,
            Published = published is null ? null : Publication(published),
            Url = Text(block, "url"),
            Bylines = (block.Value<TextListValue>("byline")?.Items ?? ImmutableArray<TextValue>.Empty).Select(NonEmpty).OfType<string>().ToValueList(),
            TextPath = Text(block, "text"),
            Note = Text(block, "note"),
        };
        _declarations[article] = decl;
        return article;
    }

    private Claim? BuildClaim(Declaration decl, Article article)
    {
        var block = decl.Block;
        // One pass over the lines: a claim asks for a dozen keywords, and looking each one up in
        // turn walked the block's lines a dozen times (most of the binder's time on big files).
        SyntaxLine? by = null, says = null, paraphrase = null, to = null, verdictLine = null, on = null, at = null, context = null, note = null;
        var sourceLines = new List<SourceValue>();
        ImmutableArray<string>.Builder? tags = null, evidence = null;
        foreach (var line in block.Lines)
        {
            if (line.Kind != LineKind.Keyword) continue;
            switch (line.Keyword)
            {
                case "by": by ??= line; break;
                case "says": says ??= line; break;
                case "paraphrase": paraphrase ??= line; break;
                case "to": to ??= line; break;
                case "verdict": verdictLine ??= line; break;
                case "on": on ??= line; break;
                case "at": at ??= line; break;
                case "context": context ??= line; break;
                case "note": note ??= line; break;
                case "source":
                    if (line.Value is SourceValue source) sourceLines.Add(source);
                    break;
                case "tag":
                    if (line.Value is TextListValue list)
                        foreach (var item in list.Items) Add(ref tags, NonEmpty(item));
                    break;
                case "evidence":
                    Add(ref evidence, NonEmpty(line.Value as TextValue));
                    break;
            }
        }

        var speaker = by?.Value is NameValue speakerId ? Entity(speakerId.Name) : null;
        var quote = NonEmpty(says?.Value as TextValue);
        var reported = NonEmpty(paraphrase?.Value as TextValue);
        if (speaker is null || (quote is null) == (reported is null)) return null;

        var sources = ImmutableArray.CreateBuilder<ClaimSource>(sourceLines.Count);
        foreach (var source in sourceLines)
        {
            if (source.IsDirect) { sources.Add(ClaimSource.Direct); continue; }
            var relays = ImmutableArray.CreateBuilder<Entity>(source.Chain.Length);
            foreach (var relay in source.Chain)
            {
                if (Entity(relay.Name) is not { } entity) return null;
                relays.Add(entity);
            }
            sources.Add(ClaimSource.Via(relays.MoveToImmutable()));
        }

        // An unknown audience or rating is left out, not the claim: the claim's other checks
        // (a missing source, a date after publication) are still worth making now.
        var audience = to?.Value as AudienceValue;
        Audience? toWhom = null;
        if (audience?.Entity is { } target)
        {
            if (Entity(target.Name) is { } entity) toWhom = new Audience(entity);
        }
        else if (NonEmpty(audience?.Text) is { } words) toWhom = new Audience(words);

        Verdict? verdict = null;
        if (verdictLine?.Value is VerdictValue rated && Ratings.TryParse(rated.Rating.Name, out var rating))
            verdict = new Verdict(rating, NonEmpty(rated.Explanation));

        var claim = new Claim(block.Id!.Name, article, speaker, quote is not null ? Statement.Quote(quote) : Statement.Paraphrase(reported!))
        {
            When = When(on?.Value as WhenValue, article),
            Place = NonEmpty(at?.Value as TextValue),
            Audience = toWhom,
            Context = NonEmpty(context?.Value as TextValue),
            Sources = sources.MoveToImmutable(),
            Verdict = verdict,
            Tags = tags?.ToImmutable() ?? ImmutableArray<string>.Empty,
            Evidence = evidence?.ToImmutable() ?? ImmutableArray<string>.Empty,
            Note = NonEmpty(note?.Value as TextValue),
        };
        _declarations[claim] = decl;
        return claim;
    }

    private static void Add(ref ImmutableArray<string>.Builder? list, string? text)
    {
        if (text is not null) (list ??= ImmutableArray.CreateBuilder<string>()).Add(text);
    }

    private static ClaimDate? When(WhenValue? when, Article article)
    {
        switch (when)
        {
            case WhenDate { Date: var d } when Dates.Problem(d) is null:
                return d.Day is not null ? new OnDay(Dates.Day(d)!.Value)
                    : d.Month is { } month ? new InMonth(d.Year, month)
                    : new InYear(d.Year);
            case WhenWeekday w when Dates.TryParseWeekday(w.Weekday.Name, out var weekday):
                var published = article.Published?.Date;
                return new OnWeekday(weekday, published is null ? null : Dates.ResolveWeekday(weekday, published.Value));
            case WhenBetween b when Dates.Day(b.From) is { } from && Dates.Day(b.To) is { } to:
                return new BetweenDates(from, to);
            case WhenVague v when NonEmpty(v.Phrase) is { } phrase:
                return new VagueDate(phrase);
            default:
                return null;
        }
    }

    private static PublicationDate? Publication(DateValue date)
    {
        if (Dates.Day(date) is not { } day) return null;
        if (!date.HasTime) return new PublicationDate(day);
        var moment = new DateTimeOffset(day.Year, day.Month, day.Day, date.Hour!.Value, date.Minute ?? 0, date.Second ?? 0, TimeSpan.FromMinutes(date.OffsetMinutes!.Value));
        return new PublicationDate(day, moment);
    }

    private static OrganizationKind Kind(SyntaxBlock block) =>
        block.Value<NameValue>("kind")?.Name is { } word && OrgKinds.TryParse(word, out var kind) ? kind : OrganizationKind.Other;

    private Entity? Reference(SyntaxBlock block, string keyword) =>
        block.Value<NameValue>(keyword) is { } name ? Entity(name.Name) : null;

    private static string? Text(SyntaxBlock block, string keyword) => NonEmpty(block.Value<TextValue>(keyword));

    private static string? NonEmpty(TextValue? text) => text is null || text.IsBlank ? null : text.Value;
}

/// <summary>The words of <c>kind</c> lines.</summary>
public static class OrgKinds
{
    public static IReadOnlyList<string> Names { get; } = new[] { "outlet", "agency", "government", "military", "ngo", "company", "other" };

    public static bool TryParse(string word, out OrganizationKind kind) =>
        Enum.TryParse(word, ignoreCase: true, out kind) && Names.Contains(word);

    public static string NameOf(OrganizationKind kind) => kind.ToString().ToLowerInvariant();
}
