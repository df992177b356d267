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
    private readonly InMemorySourceProvider _files;

    public AdditionalFilesSourceProvider(IEnumerable<AdditionalFile> files) =>
        _files = new InMemorySourceProvider(files.Where(f => f.Content is not null).Select(f => new KeyValuePair<string, string>(f.NormalizedPath, f.Content!)));

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
