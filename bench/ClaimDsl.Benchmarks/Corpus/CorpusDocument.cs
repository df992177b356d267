using System.Collections.Generic;

namespace ClaimDsl.Benchmarks.Corpus;

// The plain classes a user would write to keep claims in YAML or JSON instead of .claims files.
// The corpus generators build these; the .claims, YAML and JSON writers all write them, so the
// three files of a corpus hold the same information; and the YAML and JSON baselines
// deserialise back into them. Mutable with setters, because that is what both serialisers
// expect of ordinary classes; the Corpus prefix keeps them apart from the language's own model.

/// <summary>A whole corpus: the articles, each with the people, organisations and groups it names and its claims.</summary>
public sealed class CorpusDocument
{
    public List<CorpusArticle> Articles { get; set; } = new();
}

public sealed class CorpusArticle
{
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    /// <summary>The id of the outlet organisation.</summary>
    public string? Outlet { get; set; }
    /// <summary>As written in the .claims file: <c>2016-10-06</c> or <c>2016-10-06T14:05+03:00</c>.</summary>
    public string? Published { get; set; }
    public string? Url { get; set; }
    public List<string>? Byline { get; set; }
    public string? Note { get; set; }
    public List<CorpusOrganization> Organizations { get; set; } = new();
    public List<CorpusPerson> People { get; set; } = new();
    public List<CorpusGroup> Groups { get; set; } = new();
    public List<CorpusClaim> Claims { get; set; } = new();
}

public sealed class CorpusOrganization
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Kind { get; set; }
    /// <summary>The id of the parent organisation.</summary>
    public string? Of { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Note { get; set; }
}

public sealed class CorpusPerson
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Role { get; set; }
    /// <summary>The id of the organisation the person speaks for.</summary>
    public string? Of { get; set; }
    public List<string>? Aliases { get; set; }
    public string? Note { get; set; }
}

public sealed class CorpusGroup
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Unnamed { get; set; }
    public string? UnnamedReason { get; set; }
    public string? IdentifiedAs { get; set; }
    public string? Note { get; set; }
}

/// <summary>One claim: who said what, when, where, to whom, sourced from whom, and the verdict.</summary>
public sealed class CorpusClaim
{
    public string Id { get; set; } = "";
    /// <summary>The speaker's id.</summary>
    public string By { get; set; } = "";
    /// <summary>The exact words; null when the claim is a paraphrase.</summary>
    public string? Says { get; set; }
    public string? Paraphrase { get; set; }
    /// <summary>
    /// A date, month, year, weekday or <c>between A and B</c>, as the .claims file writes it
    /// without quotes; a vague phrase goes in <see cref="OnPhrase"/> instead.
    /// </summary>
    public string? On { get; set; }
    public string? OnPhrase { get; set; }
    public string? At { get; set; }
    /// <summary>The audience's entity id; words go in <see cref="ToWords"/> instead.</summary>
    public string? To { get; set; }
    public string? ToWords { get; set; }
    public string? Context { get; set; }
    public List<CorpusSource> Sources { get; set; } = new();
    public CorpusVerdict? Verdict { get; set; }
    public List<string>? Tags { get; set; }
    public List<string>? Evidence { get; set; }
    public string? Note { get; set; }
}

/// <summary><c>direct</c>, or a relay chain of entity ids, nearest to the article first.</summary>
public sealed class CorpusSource
{
    public bool Direct { get; set; }
    public List<string>? Via { get; set; }
}

public sealed class CorpusVerdict
{
    public string Rating { get; set; } = "";
    public string? Explanation { get; set; }
}
