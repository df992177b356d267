using System;

namespace ClaimDsl.Model;

/// <summary>When an article was published: a day, and the exact moment when the file gives one.</summary>
public sealed record PublicationDate(DateTime Date, DateTimeOffset? Moment = null)
{
    public DateTime Date { get; } = Date.Date;
}

/// <summary>The piece of journalism the claims were found in.</summary>
public sealed record Article
{
    public Article(string id) => Id = Identifiers.Require(id, nameof(id));

    public string Id { get; }

    public string? Title { get; init; }

    /// <summary>The organisation that published it.</summary>
    public Organization? Outlet { get; init; }

    public PublicationDate? Published { get; init; }

    public string? Url { get; init; }

    public ValueList<string> Bylines { get; init; } = ValueList<string>.Empty;

    /// <summary>The article's text file, as written in the claim file (relative to it).</summary>
    public string? TextPath { get; init; }

    public string? Note { get; init; }
}
