using System.Collections.Generic;
using System.IO;
using System.Linq;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ClaimDsl.Tests;

/// <summary>
/// A page of <c>docs/</c>, read with Markdig the way GitHub renders it: its level-2 sections
/// with the anchors GitHub gives them, and their fenced code blocks.
/// </summary>
internal sealed class DocPage
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UsePipeTables()
        .Build();

    private DocPage(string path, string text)
    {
        Path = path;
        Text = text;
        var document = Markdown.Parse(text, Pipeline);
        var blocks = document.ToList();
        var sections = new List<DocSection>();
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not HeadingBlock { Level: 2 } heading) continue;
            int end = blocks.FindIndex(i + 1, b => b is HeadingBlock { Level: <= 2 });
            var body = blocks.Skip(i + 1).Take((end < 0 ? blocks.Count : end) - i - 1).ToList();
            sections.Add(new DocSection(this, Raw(heading).TrimStart('#').Trim(), heading.GetAttributes().Id ?? "", body));
        }
        Sections = sections;
        CodeBlocks = document.Descendants<FencedCodeBlock>().Select(CodeBlockOf).ToList();
        Anchors = document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToHashSet();
        Links = document.Descendants<LinkInline>().Where(l => !l.IsImage && l.Url is not null).Select(l => (l.Url!, l.Line + 1)).ToList();
    }

    /// <summary>The page's path, for messages.</summary>
    public string Path { get; }

    /// <summary>The page's markdown as written.</summary>
    public string Text { get; }

    /// <summary>Every <c>## heading</c> and what follows it up to the next one.</summary>
    public IReadOnlyList<DocSection> Sections { get; }

    /// <summary>Every fenced code block of the page, in order.</summary>
    public IReadOnlyList<DocCodeBlock> CodeBlocks { get; }

    /// <summary>The anchors GitHub gives the page's headings.</summary>
    public IReadOnlySet<string> Anchors { get; }

    /// <summary>Every link of the page, as written, with its 1-based line.</summary>
    public IReadOnlyList<(string Url, int Line)> Links { get; }

    public static DocPage Load(params string[] pathInRepository)
    {
        string path = RepositoryPaths.Of(pathInRepository);
        return new DocPage(path, File.ReadAllText(path).Replace("\r\n", "\n"));
    }

    /// <summary>The markdown source of one block, as written.</summary>
    public string Raw(Block block) => Text.Substring(block.Span.Start, block.Span.Length);

    internal static DocCodeBlock CodeBlockOf(FencedCodeBlock block) =>
        new(block.Info ?? "", block.Arguments ?? "", block.Lines.ToString().Replace("\r\n", "\n"), block.Line + 1);
}

/// <summary>One <c>## heading</c> of a page and the blocks below it.</summary>
internal sealed record DocSection(DocPage Page, string Heading, string Anchor, IReadOnlyList<Block> Body)
{
    /// <summary>The section's paragraphs and other blocks as written, one string per block.</summary>
    public IEnumerable<string> RawBlocks => Body.Select(Page.Raw);

    public IEnumerable<DocCodeBlock> CodeBlocks => Body.OfType<FencedCodeBlock>().Select(DocPage.CodeBlockOf);
}

/// <summary>
/// A fenced code block: <c>```claims example.claims</c> has the info <c>claims</c> and the
/// argument <c>example.claims</c>. <see cref="Line"/> is 1-based, for messages.
/// </summary>
internal sealed record DocCodeBlock(string Info, string Argument, string Content, int Line);
