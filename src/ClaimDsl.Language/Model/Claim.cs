using System;

namespace ClaimDsl.Model;

/// <summary>Whether the claim is quoted word for word or reported in other words.</summary>
public enum StatementKind
{
    /// <summary><c>says "…"</c>: the exact words, checked against the article.</summary>
    Quote,
    /// <summary><c>paraphrase "…"</c>: reported speech.</summary>
    Paraphrase,
}

/// <summary>What was said.</summary>
public sealed record Statement
{
    public Statement(StatementKind kind, string text)
    {
        Kind = kind;
        Text = Require.Text(text, nameof(text));
    }

    public StatementKind Kind { get; }

    public string Text { get; }

    public static Statement Quote(string text) => new(StatementKind.Quote, text);

    public static Statement Paraphrase(string text) => new(StatementKind.Paraphrase, text);
}

/// <summary>Who the claim was addressed to: an entity, or words (<c>"reporters"</c>).</summary>
public sealed record Audience
{
    public Audience(Entity entity) => Entity = Require.NotNull(entity, nameof(entity));

    public Audience(string description) => Description = Require.Text(description, nameof(description));

    public Entity? Entity { get; }

    public string? Description { get; }

    /// <summary>The entity's name or the description.</summary>
    public string Text => Entity?.Name ?? Description!;
}

/// <summary>
/// How the article got the claim: <see cref="Direct"/> (said on the record, to the reporter or
/// in public), or through relays, nearest first: <c>source tass via interfax</c> means the
/// article quotes Tass, which quotes Interfax, which heard the speaker.
/// </summary>
public sealed record ClaimSource
{
    private ClaimSource(bool isDirect, ValueList<Entity> relays)
    {
        IsDirect = isDirect;
        Relays = relays;
    }

    /// <summary>Said on the record.</summary>
    public static ClaimSource Direct { get; } = new(true, ValueList<Entity>.Empty);

    /// <summary>A relay chain, nearest to the article first.</summary>
    public static ClaimSource Via(params Entity[] relays) => Via(relays.ToValueList());

    /// <summary>A relay chain, nearest to the article first.</summary>
    public static ClaimSource Via(ValueList<Entity> relays)
    {
        if (relays.Count == 0) throw new ArgumentException("A relay chain needs at least one entity; use ClaimSource.Direct for on-the-record claims.", nameof(relays));
        foreach (var relay in relays) Require.NotNull(relay, nameof(relays));
        return new ClaimSource(false, relays);
    }

    public bool IsDirect { get; }

    public ValueList<Entity> Relays { get; }
}

/// <summary>The fact-check's rating, and why.</summary>
public sealed record Verdict(Rating Rating, string? Explanation = null);

/// <summary>One claim: who said what, when, where, to whom, sourced from whom, and the verdict.</summary>
public sealed record Claim
{
    public Claim(string id, Article article, Entity speaker, Statement statement)
    {
        Id = Identifiers.Require(id, nameof(id));
        Article = Require.NotNull(article, nameof(article));
        Speaker = Require.NotNull(speaker, nameof(speaker));
        Statement = Require.NotNull(statement, nameof(statement));
    }

    public string Id { get; }

    /// <summary>The article the claim was found in.</summary>
    public Article Article { get; }

    /// <summary>Who made the claim.</summary>
    public Entity Speaker { get; }

    public Statement Statement { get; }

    /// <summary>When it was said.</summary>
    public ClaimDate? When { get; init; }

    /// <summary>Where it was said.</summary>
    public string? Place { get; init; }

    public Audience? Audience { get; init; }

    /// <summary>The occasion.</summary>
    public string? Context { get; init; }

    /// <summary>How the article got it; empty when the file gives no source (an error).</summary>
    public ValueList<ClaimSource> Sources { get; init; } = ValueList<ClaimSource>.Empty;

    public Verdict? Verdict { get; init; }

    public ValueList<string> Tags { get; init; } = ValueList<string>.Empty;

    /// <summary>Links to material that supports the verdict.</summary>
    public ValueList<string> Evidence { get; init; } = ValueList<string>.Empty;

    public string? Note { get; init; }
}
