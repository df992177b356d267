using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace ClaimDsl.Syntax;

/// <summary>The blocks a line keyword may appear in.</summary>
[Flags]
public enum BlockSet
{
    None = 0,
    Article = 1,
    Person = 2,
    Org = 4,
    Group = 8,
    Claim = 16,
    Entities = Person | Org | Group,
    AllButImport = Article | Entities | Claim,
}

/// <summary>What follows a keyword on its line.</summary>
public enum ValueShape
{
    /// <summary><c>&lt;id&gt;</c></summary>
    Id,
    /// <summary><c>&lt;id&gt; "Name"</c></summary>
    IdAndName,
    /// <summary><c>"text"</c></summary>
    Text,
    /// <summary><c>"text", "text"</c></summary>
    TextList,
    /// <summary><c>&lt;entity-id&gt;</c></summary>
    Reference,
    /// <summary>one word from a fixed list</summary>
    Word,
    /// <summary><c>2016-10-06</c> or <c>2016-10-06T14:05+03:00</c>: a full date, never a month or year alone</summary>
    Date,
    /// <summary>the forms of <c>on</c></summary>
    When,
    /// <summary><c>direct</c>, or <c>&lt;id&gt; via &lt;id&gt; …</c></summary>
    Source,
    /// <summary><c>&lt;entity-id&gt;</c> or <c>"words"</c></summary>
    Audience,
    /// <summary><c>&lt;rating&gt; "explanation"</c></summary>
    Verdict,
    /// <summary>nothing, or <c>"reason"</c></summary>
    OptionalText,
}

/// <summary>
/// One keyword of the language: the block it starts (top-level keywords) or the blocks it may
/// appear in, the shape of its value, whether it may be repeated, and how to write it. This
/// table is the single list of keywords: the parser, the rules and the docs all read it.
/// </summary>
public sealed record KeywordSpec(string Name, BlockKind? Starts, BlockSet AllowedIn, ValueShape Shape, bool Repeatable, string Example, string Meaning)
{
    public bool IsTopLevel => Starts is not null;
}

/// <summary>Every keyword, top-level first, then by block.</summary>
public static class Keywords
{
    public static readonly ImmutableArray<KeywordSpec> All = ImmutableArray.Create(
        // Top-level keywords: each starts a block.
        new KeywordSpec("article", BlockKind.Article, BlockSet.None, ValueShape.Id, true, "article aleppo_un_draft", "starts an article: the piece of journalism the claims were found in"),
        new KeywordSpec("person", BlockKind.Person, BlockSet.None, ValueShape.IdAndName, true, "person ayrault \"Jean-Marc Ayrault\"", "declares a named person"),
        new KeywordSpec("org", BlockKind.Org, BlockSet.None, ValueShape.IdAndName, true, "org tass \"Tass\"", "declares an organisation: outlet, agency, government, ministry, company, NGO"),
        new KeywordSpec("group", BlockKind.Group, BlockSet.None, ValueShape.IdAndName, true, "group monitor \"a UK-based monitoring group\"", "declares an unnamed or collective speaker or source, in the article's own words"),
        new KeywordSpec("claim", BlockKind.Claim, BlockSet.None, ValueShape.Id, true, "claim situation_grave", "starts a claim: who said what, when, where, to whom, sourced from whom"),
        new KeywordSpec("import", BlockKind.Import, BlockSet.None, ValueShape.Text, true, "import \"shared/people.claims\"", "makes the people, organisations and groups of another file usable here"),

        // Article lines.
        new KeywordSpec("title", null, BlockSet.Article, ValueShape.Text, false, "title \"Syria: France submits draft UN resolution\"", "the article's headline"),
        new KeywordSpec("outlet", null, BlockSet.Article, ValueShape.Reference, false, "outlet cnn", "the organisation that published the article"),
        new KeywordSpec("published", null, BlockSet.Article, ValueShape.Date, false, "published 2016-10-06", "publication date, or date-time with its offset (2016-10-06T14:05+03:00); weekdays in claims resolve against it"),
        new KeywordSpec("url", null, BlockSet.Article, ValueShape.Text, false, "url \"https://edition.cnn.com/…\"", "where the article can be read (http or https)"),
        new KeywordSpec("byline", null, BlockSet.Article, ValueShape.TextList, false, "byline \"Laura Smith-Spark\", \"Radina Gigova\"", "the article's authors"),
        new KeywordSpec("text", null, BlockSet.Article, ValueShape.Text, false, "text \"../../seeds/article.txt\"", "the article's text as a file, relative to this file; every `says` quote is checked against it"),

        // Entity lines.
        new KeywordSpec("role", null, BlockSet.Person, ValueShape.Text, false, "role \"French Foreign Minister\"", "the person's role as the article gives it"),
        new KeywordSpec("of", null, BlockSet.Person | BlockSet.Org, ValueShape.Reference, false, "of french_foreign_ministry", "the organisation a person works for, or an organisation belongs to"),
        new KeywordSpec("alias", null, BlockSet.Entities, ValueShape.Text, true, "alias \"Ayrault\"", "another name the article uses"),
        new KeywordSpec("kind", null, BlockSet.Org, ValueShape.Word, false, "kind agency", "outlet, agency, government, military, ngo, company or other"),
        new KeywordSpec("unnamed", null, BlockSet.Group, ValueShape.OptionalText, false, "unnamed \"the agency does not name its source\"", "the speaker or source is not identified; give the reason if the article does"),
        new KeywordSpec("identified-as", null, BlockSet.Group, ValueShape.Reference, false, "identified-as syrian_observatory", "who the fact-checker believes the unnamed group is"),

        // Claim lines.
        new KeywordSpec("by", null, BlockSet.Claim, ValueShape.Reference, false, "by ayrault", "who made the claim (required)"),
        new KeywordSpec("says", null, BlockSet.Claim, ValueShape.Text, false, "says \"situation is grave and serious\"", "the exact words, as quoted in the article (checked against the article's text)"),
        new KeywordSpec("paraphrase", null, BlockSet.Claim, ValueShape.Text, false, "paraphrase \"France has submitted a draft resolution\"", "the claim in reported speech, when the article does not quote it"),
        new KeywordSpec("on", null, BlockSet.Claim, ValueShape.When, false, "on thursday", "when it was said: 2016-10-06, 2016-10, 2016, a weekday, between two dates, or a quoted phrase"),
        new KeywordSpec("at", null, BlockSet.Claim, ValueShape.Text, false, "at \"Moscow\"", "where it was said"),
        new KeywordSpec("to", null, BlockSet.Claim, ValueShape.Audience, false, "to \"reporters\"", "who it was said to: an entity id, or words in quotes"),
        new KeywordSpec("context", null, BlockSet.Claim, ValueShape.Text, false, "context \"joint press conference with Sergey Lavrov\"", "the occasion"),
        new KeywordSpec("source", null, BlockSet.Claim, ValueShape.Source, true, "source tass via interfax", "how the article got it: `direct` (on the record), or who relayed it, nearest first"),
        new KeywordSpec("verdict", null, BlockSet.Claim, ValueShape.Verdict, false, "verdict false \"The ministry's own figures show the opposite.\"", "the fact-check rating and, in quotes, why"),
        new KeywordSpec("tag", null, BlockSet.Claim, ValueShape.TextList, true, "tag \"aleppo\", \"russia\"", "topics, for searching and grouping"),
        new KeywordSpec("evidence", null, BlockSet.Claim, ValueShape.Text, true, "evidence \"https://www.un.org/…\"", "a link to material that supports the verdict"),

        // Everywhere but imports.
        new KeywordSpec("note", null, BlockSet.AllButImport, ValueShape.Text, false, "note \"state-run news agency\"", "a remark for readers of the data"));


    /// <summary>The keyword with this exact (lower-case) name, or null.</summary>
    public static KeywordSpec? Find(string name) => Find(name, 0, name.Length);

    /// <summary>The keyword spelt by <paramref name="length"/> characters of <paramref name="text"/> at <paramref name="start"/>, or null; allocates nothing.</summary>
    public static KeywordSpec? Find(string text, int start, int length) => Find(text.AsSpan(start, length));

    /// <summary>The keyword spelt by <paramref name="word"/>, or null; allocates nothing.</summary>
    public static KeywordSpec? Find(ReadOnlySpan<char> word)
    {
        if (word.Length >= ByLength.Length) return null;
        foreach (var spec in ByLength[word.Length])
            if (word[0] == spec.Name[0] && word.SequenceEqual(spec.Name.AsSpan())) return spec;
        return null;
    }

    // The keywords by the length of their name: every line's first word is looked up, and is
    // compared with the few keywords of its length only.
    private static readonly KeywordSpec[][] ByLength = Enumerable.Range(0, All.Max(k => k.Name.Length) + 1)
        .Select(length => All.Where(k => k.Name.Length == length).ToArray()).ToArray();

    /// <summary>The keywords that may stand inside a block of this kind.</summary>
    public static IEnumerable<KeywordSpec> AllowedIn(BlockKind kind) => All.Where(k => IsAllowedIn(k, kind));

    /// <summary>
    /// Whether <paramref name="keyword"/> may stand inside a block of this kind. An import block
    /// has no lines of its own (its set is empty, and every set "has" the empty flag, hence the test).
    /// </summary>
    public static bool IsAllowedIn(KeywordSpec keyword, BlockKind kind) => SetOf(kind) != BlockSet.None && keyword.AllowedIn.HasFlag(SetOf(kind));

    /// <summary>The top-level keywords of the blocks that <paramref name="keyword"/> may stand in.</summary>
    public static IEnumerable<string> BlocksOf(KeywordSpec keyword) =>
        All.Where(k => k.Starts is { } kind && IsAllowedIn(keyword, kind)).Select(k => k.Name);

    /// <summary>The set holding one block kind.</summary>
    public static BlockSet SetOf(BlockKind kind) => kind switch
    {
        BlockKind.Article => BlockSet.Article,
        BlockKind.Person => BlockSet.Person,
        BlockKind.Org => BlockSet.Org,
        BlockKind.Group => BlockSet.Group,
        BlockKind.Claim => BlockSet.Claim,
        _ => BlockSet.None,
    };

    /// <summary>The keyword that starts a block of this kind.</summary>
    public static string NameOf(BlockKind kind) => All.First(k => k.Starts == kind).Name;
}
