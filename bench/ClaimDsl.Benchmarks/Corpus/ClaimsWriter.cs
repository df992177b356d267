using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ClaimDsl.Text;

namespace ClaimDsl.Benchmarks.Corpus;

/// <summary>
/// Writes articles as a <c>.claims</c> file the way a fact-checker would: blank lines between
/// blocks, comments above and inside some blocks and after some lines, long texts continued on
/// the next lines, and some accented letters written as <c>\u</c> escapes. These choices come
/// from their own seeded generator, so they change the file's look, never what it says.
/// </summary>
public sealed class ClaimsWriter
{
    /// <summary>Texts longer than this are usually continued over several lines.</summary>
    private const int LongText = 90;

    private readonly TextWriter _out;
    private readonly Random _random;

    public ClaimsWriter(TextWriter output, int seed)
    {
        _out = output;
        _random = new Random(seed);
    }

    public void Write(CorpusArticle article)
    {
        if (Chance(0.8) && article.Title is not null) Line($"# Claims in \"{OneLine(article.Title)}\".");
        Line($"article {article.Id}");
        TextLine("title", article.Title);
        IdLine("outlet", article.Outlet);
        if (article.Published is not null) Line($"  published {article.Published}");
        TextLine("url", article.Url);
        if (article.Byline is { Count: > 0 } byline) Line("  byline " + string.Join(", ", byline.Select(Quoted)));
        TextLine("note", article.Note);

        foreach (var org in article.Organizations)
        {
            Blank();
            Line($"org {org.Id} {Quoted(org.Name)}");
            if (org.Kind is not null) Line($"  kind {org.Kind}");
            IdLine("of", org.Of);
            foreach (var alias in org.Aliases ?? new List<string>()) TextLine("alias", alias);
            TextLine("note", org.Note);
        }
        foreach (var person in article.People)
        {
            Blank();
            Line($"person {person.Id} {Quoted(person.Name)}");
            TextLine("role", person.Role);
            IdLine("of", person.Of);
            foreach (var alias in person.Aliases ?? new List<string>()) TextLine("alias", alias);
            TextLine("note", person.Note);
        }
        foreach (var group in article.Groups)
        {
            Blank();
            Line($"group {group.Id} {Quoted(group.Name)}");
            if (group.Unnamed)
            {
                if (group.UnnamedReason is null) Line("  unnamed");
                else TextLine("unnamed", group.UnnamedReason);
            }
            IdLine("identified-as", group.IdentifiedAs);
            TextLine("note", group.Note);
        }
        foreach (var claim in article.Claims)
        {
            Blank();
            Write(claim);
        }
        Blank();
    }

    private void Write(CorpusClaim claim)
    {
        if (Chance(0.2)) Line("# " + Pick(Vocabulary.Comments));
        Line($"claim {claim.Id}");
        IdLine("by", claim.By);
        TextLine("says", claim.Says);
        TextLine("paraphrase", claim.Paraphrase);
        if (claim.On is not null) Line($"  on {claim.On}");
        TextLine("on", claim.OnPhrase);
        TextLine("at", claim.At);
        IdLine("to", claim.To);
        TextLine("to", claim.ToWords);
        if (Chance(0.1)) Line("  # " + Pick(Vocabulary.Comments));
        TextLine("context", claim.Context);
        foreach (var source in claim.Sources)
        {
            string value = source.Direct ? "direct" : string.Join(" via ", source.Via ?? new List<string>());
            Line($"  source {value}" + (Chance(0.05) ? "   # " + Pick(Vocabulary.Comments) : ""));
        }
        if (claim.Verdict is { } verdict)
        {
            if (verdict.Explanation is null) Line($"  verdict {verdict.Rating}");
            else TextLine("verdict " + verdict.Rating, verdict.Explanation);
        }
        if (claim.Tags is { Count: > 0 } tags) Line("  tag " + string.Join(", ", tags.Select(Quoted)));
        foreach (var link in claim.Evidence ?? new List<string>()) TextLine("evidence", link);
        TextLine("note", claim.Note);
    }

    private void IdLine(string keyword, string? id)
    {
        if (id is not null) Line($"  {keyword} {id}");
    }

    /// <summary>A keyword and a quoted text; a long text is usually continued on the lines below.</summary>
    private void TextLine(string keyword, string? text)
    {
        if (text is null) return;
        var pieces = text.Length > LongText && Chance(0.7) ? Split(text) : new List<string> { text };
        Line($"  {keyword} {Quoted(pieces[0])}");
        foreach (var piece in pieces.Skip(1)) Line("    " + Quoted(piece));
    }

    /// <summary>
    /// Cuts a text at spaces into pieces of 60-90 characters. The parser joins continued pieces
    /// with one space, so cutting at a space and dropping it gives back exactly the same text.
    /// </summary>
    private List<string> Split(string text)
    {
        var pieces = new List<string>();
        int start = 0;
        while (text.Length - start > LongText)
        {
            int cut = text.LastIndexOf(' ', start + _random.Next(60, LongText), _random.Next(60, LongText) - 30);
            if (cut <= start) break;
            pieces.Add(text.Substring(start, cut - start));
            start = cut + 1;
        }
        pieces.Add(text.Substring(start));
        return pieces;
    }

    /// <summary>The text in double quotes with the language's escapes; some strings write their accented letters as <c>\u</c> escapes.</summary>
    private string Quoted(string text)
    {
        bool escapeAccents = Chance(0.3);
        var quoted = new StringBuilder(text.Length + 8).Append('"');
        foreach (char c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\t': quoted.Append("\\t"); break;
                default:
                    bool mustEscape = HiddenCharacters.IsHidden(c) || char.IsControl(c) || char.IsSurrogate(c) && escapeAccents;
                    if (mustEscape || (escapeAccents && c > 127 && char.IsLetter(c)))
                        quoted.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        quoted.Append(c);
                    break;
            }
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>A text fit for a comment: line breaks and invisible characters, which a comment cannot hold, become spaces.</summary>
    private static string OneLine(string text) =>
        new(text.Select(c => char.IsControl(c) || HiddenCharacters.IsHidden(c) ? ' ' : c).ToArray());

    private void Line(string text)
    {
        _out.Write(text);
        _out.Write('\n');
    }

    private void Blank() => _out.Write('\n');

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    private bool Chance(double probability) => _random.NextDouble() < probability;
}
