using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace ClaimDsl.Tests;

/// <summary>
/// A runnable example of the docs: the files of some consecutive code blocks and, when the page
/// shows one, the output the check prints for them. The conventions, as written in the pages:
/// <list type="bullet">
/// <item><c>```claims example.claims</c> is the file that is checked; <c>```claims NAME</c> and
/// <c>```text NAME</c> are files next to it (imports, article texts).</item>
/// <item><c>```output</c> is what the check prints for the files above it; an example with no
/// output block must check clean.</item>
/// <item>Inside files, <c>⟨U+200B⟩</c> stands for that character and <c>⟨0xE9⟩</c> for that raw
/// byte, so that invisible characters and broken encodings can be shown.</item>
/// </list>
/// </summary>
internal sealed record DocExample(IReadOnlyDictionary<string, string> Files, string? ExpectedOutput, int Line)
{
    public const string RootFile = "example.claims";

    private static readonly Regex Notation = new("⟨(?:U\\+(?<char>[0-9A-F]{4,5})|0x(?<byte>[0-9A-F]{2}))⟩", RegexOptions.CultureInvariant);

    /// <summary>Groups a page's code blocks into examples, in page order.</summary>
    public static IReadOnlyList<DocExample> In(IEnumerable<DocCodeBlock> blocks)
    {
        var examples = new List<DocExample>();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        int firstLine = 0;
        foreach (var block in blocks)
        {
            if (block.Info == "output")
            {
                examples.Add(new DocExample(files, block.Content.TrimEnd('\n'), firstLine));
                files = new Dictionary<string, string>(StringComparer.Ordinal);
            }
            else if (block.Info is "claims" or "text" && block.Argument.Length > 0)
            {
                // A second file of the same name starts the next example; the one before had no output.
                if (files.ContainsKey(block.Argument))
                {
                    examples.Add(new DocExample(files, null, firstLine));
                    files = new Dictionary<string, string>(StringComparer.Ordinal);
                }
                if (files.Count == 0) firstLine = block.Line;
                files[block.Argument] = block.Content;
            }
        }
        if (files.Count > 0) examples.Add(new DocExample(files, null, firstLine));
        return examples;
    }

    /// <summary>
    /// Writes the files to a fresh folder, checks <see cref="RootFile"/> from disk as the tool
    /// does, and returns the findings as the tool prints them, with the folder left out of paths.
    /// </summary>
    public string Run()
    {
        string folder = Path.Combine(Path.GetTempPath(), "claimdsl-docs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            foreach (var (name, content) in Files)
                File.WriteAllBytes(Path.Combine(folder, name), Bytes(content));
            var document = ClaimDocument.Load(Path.Combine(folder, RootFile));
            return string.Join("\n", document.Diagnostics.Select(d => d.ToString().Replace(folder + Path.DirectorySeparatorChar, "")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The file's bytes: UTF-8, with the ⟨…⟩ notation turned into what it stands for.</summary>
    public static byte[] Bytes(string content)
    {
        var bytes = new List<byte>();
        int at = 0;
        foreach (Match match in Notation.Matches(content))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(content.Substring(at, match.Index - at)));
            if (match.Groups["byte"].Success)
                bytes.Add(byte.Parse(match.Groups["byte"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            else
                bytes.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(int.Parse(match.Groups["char"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
            at = match.Index + match.Length;
        }
        bytes.AddRange(Encoding.UTF8.GetBytes(content.Substring(at)));
        return bytes.ToArray();
    }
}
