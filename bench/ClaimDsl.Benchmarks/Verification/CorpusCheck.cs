using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ClaimDsl.Benchmarks.Baselines;
using ClaimDsl.Benchmarks.Corpus;
using ClaimDsl.Benchmarks.Readers;
using ClaimDsl.Diagnostics;

namespace ClaimDsl.Benchmarks.Verification;

/// <summary>
/// Proves a corpus fit to compare: ClaimDsl reads its .claims file with no error, the textbook
/// Sprache grammar reads every block of it, and ClaimDsl, the textbook grammar, YamlDotNet and
/// both System.Text.Json modes all read the same facts. A benchmark that compares readers of
/// different content, or a baseline that silently stops early, would measure nothing.
/// </summary>
public static class CorpusCheck
{
    public static bool Run(CorpusSpec spec, TextWriter log)
    {
        var claims = CorpusInput.Load(spec, InputFormat.Claims);
        var yaml = CorpusInput.Load(spec, InputFormat.Yaml);
        var json = CorpusInput.Load(spec, InputFormat.Json);
        bool ok = true;

        var document = (ClaimDocument)Workloads.Run(Workload.ClaimDslCheck, claims);
        var bySeverity = document.Diagnostics.GroupBy(d => d.Severity).OrderByDescending(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.ToString().ToLowerInvariant()}{(g.Count() == 1 ? "" : "s")} ({string.Join(", ", g.GroupBy(d => d.Code).Select(c => $"{c.Key} x{c.Count()}"))})");
        log.WriteLine($"{spec.Name}: ClaimDsl read {document.Articles.Length} articles, {document.Entities.Length} entities, {document.Claims.Length} claims; findings: {(document.Diagnostics.IsEmpty ? "none" : string.Join("; ", bySeverity))}");
        foreach (var error in document.Diagnostics.Where(d => d.Severity == Severity.Error).Take(5))
        {
            log.WriteLine($"  error {error.Code} at {error.FilePath}:{error.Span.StartLine}:{error.Span.StartColumn}: {error.Message}");
            ok = false;
        }

        var expected = CanonicalForm.Of(document.Model);
        var textbook = TextbookSpracheGrammar.ParseFile(claims.Text!);
        if (!textbook.WasSuccessful)
        {
            log.WriteLine($"  the textbook Sprache grammar stopped at line {textbook.Remainder.Line}, column {textbook.Remainder.Column}: {textbook.Message}");
            ok = false;
        }
        else
        {
            ok &= Same("textbook Sprache", expected, CanonicalForm.Of(TextbookToCorpus(textbook.Value)), log);
        }
        ok &= Same("YamlDotNet", expected, CanonicalForm.Of((CorpusDocument)Workloads.Run(Workload.YamlDotNet, yaml)), log);
        ok &= Same("System.Text.Json (source-generated)", expected, CanonicalForm.Of((CorpusDocument)Workloads.Run(Workload.JsonSourceGenerated, json)), log);
        ok &= Same("System.Text.Json (reflection)", expected, CanonicalForm.Of((CorpusDocument)Workloads.Run(Workload.JsonReflection, json)), log);
        if (ok) log.WriteLine($"{spec.Name}: the textbook grammar, YamlDotNet and System.Text.Json read the same {expected.Count} facts as ClaimDsl.");
        return ok;
    }

    private static bool Same(string reader, IReadOnlyList<string> expected, IReadOnlyList<string> actual, TextWriter log)
    {
        string? difference = CanonicalForm.FirstDifference(expected, actual);
        if (difference is null) return true;
        log.WriteLine($"  {reader} did not read what ClaimDsl read: {difference}");
        return false;
    }

    /// <summary>The textbook grammar's blocks as corpus classes: each entity and claim belongs to the article above it.</summary>
    private static CorpusDocument TextbookToCorpus(IReadOnlyList<TextbookBlock> blocks)
    {
        var document = new CorpusDocument();
        CorpusArticle Current() => document.Articles.Count > 0 ? document.Articles[^1] : throw new InvalidDataException("A block comes before the first article.");
        foreach (var block in blocks)
        {
            var header = block.Header;
            string id = header.Words[0];
            string? name = header.Texts.FirstOrDefault();
            switch (header.Keyword)
            {
                case "article":
                    var article = new CorpusArticle { Id = id };
                    foreach (var line in block.Lines)
                    {
                        switch (line.Keyword)
                        {
                            case "title": article.Title = line.Texts[0]; break;
                            case "outlet": article.Outlet = line.Words[0]; break;
                            case "published": article.Published = line.Words[0]; break;
                            case "url": article.Url = line.Texts[0]; break;
                            case "byline": article.Byline = line.Texts.ToList(); break;
                            case "note": article.Note = line.Texts[0]; break;
                        }
                    }
                    document.Articles.Add(article);
                    break;
                case "org":
                    Current().Organizations.Add(new CorpusOrganization
                    {
                        Id = id, Name = name!, Kind = Word(block, "kind"), Of = Word(block, "of"), Aliases = Texts(block, "alias"), Note = Text(block, "note"),
                    });
                    break;
                case "person":
                    Current().People.Add(new CorpusPerson
                    {
                        Id = id, Name = name!, Role = Text(block, "role"), Of = Word(block, "of"), Aliases = Texts(block, "alias"), Note = Text(block, "note"),
                    });
                    break;
                case "group":
                    Current().Groups.Add(new CorpusGroup
                    {
                        Id = id, Name = name!, Unnamed = block.Lines.Any(l => l.Keyword == "unnamed"), UnnamedReason = Text(block, "unnamed"),
                        IdentifiedAs = Word(block, "identified-as"), Note = Text(block, "note"),
                    });
                    break;
                case "claim":
                    Current().Claims.Add(Claim(id, block));
                    break;
            }
        }
        return document;
    }

    private static CorpusClaim Claim(string id, TextbookBlock block)
    {
        var claim = new CorpusClaim
        {
            Id = id, By = Word(block, "by") ?? "", Says = Text(block, "says"), Paraphrase = Text(block, "paraphrase"), At = Text(block, "at"),
            To = Word(block, "to"), ToWords = Text(block, "to"), Context = Text(block, "context"), Tags = Texts(block, "tag"),
            Evidence = Texts(block, "evidence"), Note = Text(block, "note"),
        };
        if (Line(block, "on") is { } on)
        {
            if (on.Texts.Count > 0) claim.OnPhrase = on.Texts[0];
            else claim.On = on.Words[0] == "between" ? $"between {on.Words[1]} and {on.Words[2]}" : on.Words[0];
        }
        foreach (var source in block.Lines.Where(l => l.Keyword == "source"))
        {
            claim.Sources.Add(source.Words is ["direct"]
                ? new CorpusSource { Direct = true }
                : new CorpusSource { Via = source.Words.ToList() });
        }
        if (Line(block, "verdict") is { } verdict)
            claim.Verdict = new CorpusVerdict { Rating = verdict.Words[0], Explanation = verdict.Texts.FirstOrDefault() };
        return claim;
    }

    private static TextbookLine? Line(TextbookBlock block, string keyword) => block.Lines.FirstOrDefault(l => l.Keyword == keyword);

    private static string? Word(TextbookBlock block, string keyword) => Line(block, keyword)?.Words.FirstOrDefault();

    private static string? Text(TextbookBlock block, string keyword) => Line(block, keyword)?.Texts.FirstOrDefault();

    /// <summary>The texts of every line with this keyword (<c>alias</c> and <c>evidence</c> repeat; <c>tag</c> lists).</summary>
    private static List<string>? Texts(TextbookBlock block, string keyword)
    {
        var texts = block.Lines.Where(l => l.Keyword == keyword).SelectMany(l => l.Texts).ToList();
        return texts.Count == 0 ? null : texts;
    }
}
