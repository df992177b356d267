using System.Collections.Generic;
using System.Linq;
using ClaimDsl.Semantics;
using ClaimDsl.Text;

namespace ClaimDsl.Generator.Pipeline;

/// <summary>
/// The language library's view of the project's additional files: claim files and article
/// texts, in memory, because a generator must not read the disk (RS1035) — whatever it reads
/// must reach it as an additional file, so the compiler knows to re-run it when the file changes.
/// </summary>
internal sealed class AdditionalFilesSourceProvider : ISourceProvider
{
    private readonly Dictionary<string, string> _contents = new(System.StringComparer.Ordinal);
    private readonly InMemorySourceProvider _files;

    /// <summary>
    /// A provider of <paramref name="files"/>, each turned into one string now: the library parses
    /// strings, and this provider lives only as long as one file's check.
    /// </summary>
    public AdditionalFilesSourceProvider(IEnumerable<AdditionalFile> files)
    {
        foreach (var file in files.Where(f => f.Text is not null)) _contents[file.NormalizedPath] = file.Text!.ToString();
        _files = new InMemorySourceProvider(_contents);
    }

    /// <summary>The text of the file at <paramref name="normalizedPath"/>, as the library reads it; null when there is none.</summary>
    public string? ContentOf(string normalizedPath) => _contents.TryGetValue(normalizedPath, out var content) ? content : null;

    /// <summary>Resolves paths the way the in-memory provider does: forward slashes, <c>..</c> folded.</summary>
    public static ISourceProvider PathsOnly { get; } = new AdditionalFilesSourceProvider(Enumerable.Empty<AdditionalFile>());

    public string Resolve(string fromFile, string relativePath) => _files.Resolve(fromFile, relativePath);

    public FileReadResult Read(string path)
    {
        var read = _files.Read(path);
        // The compiler hands over text it has already decoded. A NUL character is what the
        // command line's reader reports as binary data (CLM008), so it is reported the same way.
        int nul = read.Text?.Text.IndexOf('\0') ?? -1;
        return nul < 0 ? read : read with { Decoding = new DecodeProblem(nul, DecodeProblemKind.Binary) };
    }
}
