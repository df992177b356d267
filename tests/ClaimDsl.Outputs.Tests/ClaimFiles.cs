using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ClaimDsl.Semantics;
using Xunit;

namespace ClaimDsl.Tests;

/// <summary>Helpers for tests that read claim files: binding text in memory, and finding comments independently of the formatter.</summary>
internal static class ClaimFiles
{
    /// <summary>Every claim file of the examples, and of the conformance suite's good files when it exists.</summary>
    public static IEnumerable<string> Valid()
    {
        var roots = new[] { RepositoryPaths.Of("examples"), RepositoryPaths.Of("tests", "conformance", "good") };
        return roots.Where(Directory.Exists)
            .SelectMany(root => Directory.EnumerateFiles(root, "*.claims", SearchOption.AllDirectories))
            .OrderBy(p => p, StringComparer.Ordinal);
    }

    /// <summary>Checks text with no files around it (article texts and imports are not found).</summary>
    public static ClaimDocument Check(string text, string path = "memory.claims") =>
        ClaimDocument.Parse(text, path, new InMemorySourceProvider(Array.Empty<KeyValuePair<string, string>>()));

    public static void AssertSameModel(ClaimDocument expected, ClaimDocument actual) =>
        JsonTests.AssertSameRecords(ClaimSet.From(expected.Model), ClaimSet.From(actual.Model));

    /// <summary>
    /// The comments of a file, in order, each without trailing spaces: everything from a # that is
    /// not inside a string to the end of its line. Written without the parser, to check the formatter.
    /// </summary>
    public static List<string> Comments(string text)
    {
        var comments = new List<string>();
        foreach (var line in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            bool inString = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (inString && c == '\\') { i++; continue; }
                if (c == '"') inString = !inString;
                else if (c == '#' && !inString)
                {
                    comments.Add(line.Substring(i).TrimEnd(' ', '\t'));
                    break;
                }
            }
        }
        return comments;
    }

    /// <summary>
    /// The same file with other white space: random indentation, runs of spaces and tabs between
    /// tokens, spaces around list commas, trailing white space, extra blank lines between
    /// blocks and at both ends. The formatter must turn it back into <paramref name="canonical"/>.
    /// </summary>
    public static string Respace(string canonical, Random random)
    {
        var output = new StringBuilder();
        output.Append(Blanks(random));
        foreach (var line in canonical.TrimEnd('\n').Split('\n'))
        {
            if (line.Length == 0) { output.Append(Blanks(random)).Append('\n'); continue; }
            output.Append(Space(random, 0)).Append(RespaceTokens(line.TrimStart(' '), random)).Append(Space(random, 0)).Append('\n');
        }
        return output.Append(Blanks(random)).ToString();
    }

    /// <summary>
    /// The same file with comment lines (at any indentation), trailing comments, and blank
    /// lines inserted anywhere, including between a line and its continuation lines.
    /// </summary>
    public static string Annotate(string canonical, Random random)
    {
        var output = new StringBuilder();
        int n = 0;
        foreach (var line in canonical.TrimEnd('\n').Split('\n'))
        {
            switch (random.Next(6))
            {
                case 0: output.Append(Space(random, 0)).Append("# note ").Append(n++).Append(" \"quoted\" # ’\t \n"); break;
                case 1: output.Append(Space(random, 0)).Append('\n'); break;
            }
            output.Append(line);
            if (line.Length > 0 && random.Next(3) == 0) output.Append(Space(random, 0)).Append("#trailing ").Append(n++).Append(" \\ \"");
            output.Append('\n');
        }
        if (random.Next(2) == 0) output.Append("# the end\n");
        return output.ToString();
    }

    private static string RespaceTokens(string line, Random random)
    {
        var output = new StringBuilder();
        bool inString = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (inString)
            {
                output.Append(c);
                if (c == '\\') output.Append(line[++i]);
                else if (c == '"') inString = false;
                continue;
            }
            if (c == '"') inString = true;
            if (c == ',' && i + 1 < line.Length && line[i + 1] == ' ')
            {
                output.Append(Space(random, 0)).Append(',').Append(Space(random, 0));
                i++;
            }
            else if (c == ' ') output.Append(Space(random, 1));
            else output.Append(c);
        }
        return output.ToString();
    }

    private static string Space(Random random, int min)
    {
        int count = random.Next(min, 4);
        var s = new StringBuilder();
        for (int i = 0; i < count; i++) s.Append(random.Next(3) == 0 ? '\t' : ' ');
        return s.ToString();
    }

    private static string Blanks(Random random) => string.Concat(Enumerable.Repeat("\n", random.Next(3)).Select(nl => Space(random, 0) + nl));
}
