using System;
using System.IO;
using System.Linq;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>Links between the README and the docs lead somewhere: to a file that exists and, with a #, to a heading on it.</summary>
public class DocLinkTests
{
    public static TheoryData<string> Pages() => new("README.md", "docs/language.md", "docs/diagnostics.md", "docs/performance.md", "docs/performance-history.md");

    [Theory]
    [MemberData(nameof(Pages))]
    public void Every_link_to_a_file_or_heading_of_the_repository_resolves(string page)
    {
        var source = DocPage.Load(page.Split('/'));
        string folder = Path.GetDirectoryName(source.Path)!;
        var local = source.Links.Where(l => !l.Url.Contains("://", StringComparison.Ordinal) && !l.Url.StartsWith("mailto:", StringComparison.Ordinal)).ToList();

        foreach (var (url, line) in local)
        {
            int hash = url.IndexOf('#');
            string file = hash < 0 ? url : url.Substring(0, hash);
            string? anchor = hash < 0 ? null : url.Substring(hash + 1);
            string target = file.Length == 0 ? source.Path : Path.GetFullPath(Path.Combine(folder, file));
            Assert.True(File.Exists(target) || Directory.Exists(target), $"{page} line {line}: the link `{url}` leads to `{file}`, which does not exist.");
            if (anchor is null) continue;
            Assert.True(target.EndsWith(".md", StringComparison.Ordinal), $"{page} line {line}: the link `{url}` has an anchor on a file that is not a page.");
            var anchors = file.Length == 0 ? source.Anchors : DocPage.Load(Path.GetRelativePath(RepositoryPaths.Root, target).Split(Path.DirectorySeparatorChar)).Anchors;
            Assert.True(anchors.Contains(anchor), $"{page} line {line}: the link `{url}` names no heading of {(file.Length == 0 ? "this page" : $"`{file}`")}; its headings' anchors are: {string.Join(", ", anchors.OrderBy(a => a, StringComparer.Ordinal))}");
        }
    }
}
