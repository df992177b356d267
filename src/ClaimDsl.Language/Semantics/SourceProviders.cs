using System;
using System.Collections.Generic;
using System.IO;
using ClaimDsl.Text;

namespace ClaimDsl.Semantics;

/// <summary>
/// Where files come from: the disk for the CLI and run-time loading, the compiler's additional
/// files for the source generator, a dictionary for tests.
/// </summary>
public interface ISourceProvider
{
    /// <summary>The key of the file that <paramref name="relativePath"/>, written in <paramref name="fromFile"/>, names.</summary>
    string Resolve(string fromFile, string relativePath);

    /// <summary>Reads a file, or explains in plain words why it cannot be read.</summary>
    FileReadResult Read(string path);
}

/// <summary>
/// A source provider that can show a file's text to a question without keeping it: its
/// characters pass through a borrowed buffer, not a new string. The CLI asks every file whether
/// it can import before checking any, and would otherwise hold every text at once.
/// </summary>
public interface IPeekableSourceProvider : ISourceProvider
{
    /// <summary>What <paramref name="test"/> says of the text of <paramref name="path"/>, read as <see cref="ISourceProvider.Read"/> reads it, or why it cannot be read.</summary>
    PeekResult Peek(string path, TextTest test);
}

/// <summary>A question's answer about a file's text, or (<see cref="Problem"/> not null) why the file could not be read.</summary>
public readonly record struct PeekResult(bool Answer, string? Problem);

/// <summary>A file's text, or why it could not be read.</summary>
public sealed record FileReadResult(SourceText? Text, string? Problem, DecodeProblem? Decoding = null)
{
    public static FileReadResult Missing(string problem) => new(null, problem);
}

/// <summary>Reads files from disk, as UTF-8 (with or without a byte-order mark).</summary>
public sealed class FileSystemSourceProvider : IPeekableSourceProvider
{
    public static FileSystemSourceProvider Instance { get; } = new();

    public string Resolve(string fromFile, string relativePath)
    {
        try
        {
            string? folder = Path.GetDirectoryName(Path.GetFullPath(fromFile));
            return Path.GetFullPath(Path.Combine(folder ?? "", relativePath.Replace('\\', Path.DirectorySeparatorChar)));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return relativePath;
        }
    }

    public FileReadResult Read(string path)
    {
        byte[] bytes = [];
        if (Problem(path, () => bytes = File.ReadAllBytes(path)) is { } problem) return FileReadResult.Missing(problem);
        var decoded = TextDecoding.Decode(bytes);
        return new FileReadResult(new SourceText(decoded.Text, path), null, decoded.Problem);
    }

    public PeekResult Peek(string path, TextTest test)
    {
        bool answer = false;
        string? problem = Problem(path, () =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            // File.ReadAllBytes refuses such a file the same way.
            if (stream.Length > int.MaxValue) throw new IOException("The file is larger than 2 GB.");
            byte[] bytes = BorrowedBuffer<byte>.Borrow((int)stream.Length);
            try
            {
                int count = 0;
                for (int read; count < bytes.Length && (read = stream.Read(bytes, count, bytes.Length - count)) > 0;) count += read;
                answer = TextDecoding.Test(bytes, count, test);
            }
            finally
            {
                BorrowedBuffer<byte>.GiveBack(bytes);
            }
        });
        return new PeekResult(answer, problem);
    }

    /// <summary>Why <paramref name="read"/> could not read the file at <paramref name="path"/>, in plain words; null when it did.</summary>
    private static string? Problem(string path, Action read)
    {
        try
        {
            if (Directory.Exists(path)) return $"`{path}` is a folder, not a file.";
            if (!File.Exists(path)) return $"There is no file at `{path}`.";
            read();
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"`{path}` could not be read: {e.Message}";
        }
    }
}

/// <summary>Files held in memory, keyed by path: for tests and for the source generator.</summary>
public sealed class InMemorySourceProvider : ISourceProvider
{
    private readonly Dictionary<string, string> _files;

    public InMemorySourceProvider(IEnumerable<KeyValuePair<string, string>> files)
    {
        _files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files) _files[Normalize(file.Key)] = file.Value;
    }

    public string Resolve(string fromFile, string relativePath)
    {
        string folder = Normalize(fromFile);
        int slash = folder.LastIndexOf('/');
        folder = slash >= 0 ? folder.Substring(0, slash) : "";
        string combined = relativePath.StartsWith("/", StringComparison.Ordinal) || (relativePath.Length > 1 && relativePath[1] == ':')
            ? relativePath
            : folder.Length == 0 ? relativePath : folder + "/" + relativePath;
        return Normalize(combined);
    }

    public FileReadResult Read(string path) =>
        _files.TryGetValue(Normalize(path), out var text)
            ? new FileReadResult(new SourceText(text, path), null)
            : FileReadResult.Missing($"There is no file at `{path}`.");

    /// <summary>Forward slashes, with <c>.</c> and <c>..</c> segments folded.</summary>
    public static string Normalize(string path)
    {
        var parts = new List<string>();
        string unified = path.Replace('\\', '/');
        bool rooted = unified.StartsWith("/", StringComparison.Ordinal);
        foreach (var part in unified.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        return (rooted ? "/" : "") + string.Join("/", parts);
    }
}
