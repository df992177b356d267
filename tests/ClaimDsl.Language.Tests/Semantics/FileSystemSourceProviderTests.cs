using System;
using System.IO;
using System.Text;
using ClaimDsl.Semantics;
using CsCheck;
using Xunit;

namespace ClaimDsl.Tests.Semantics;

/// <summary>
/// Peeking at a file shows the question exactly the text that reading it gives, and fails with
/// exactly the same words: the CLI decides from a peek which files can import, and from the
/// peeks' problems whether it can check at all.
/// </summary>
public sealed class FileSystemSourceProviderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("claimdsl-provider-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_peek_sees_the_text_a_read_gives_for_any_bytes()
    {
        // Any bytes: byte-order marks, invalid UTF-8, NUL and line breaks of every kind included.
        // CsCheck samples on several threads at once, so each sample has a file of its own.
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            string path = Path.Combine(_folder, $"{Guid.NewGuid():N}.claims");
            File.WriteAllBytes(path, bytes);
            Assert.Equal(Read(path), Peeked(path));
        }, iter: 500);
    }

    [Fact]
    public void A_peek_at_a_file_larger_than_the_pooled_buffers_sees_all_of_it()
    {
        string path = Path.Combine(_folder, "large.claims");
        string text = "\uFEFF" + new StringBuilder().Insert(0, "note \"caf\u00e9 \u201cquoted\u201d\"\n", 120_000);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

        Assert.Equal(text, Peeked(path));
    }

    [Fact]
    public void An_empty_file_is_peeked_as_empty_text() =>
        Assert.Equal("", Peeked(WriteFile("empty.claims", "")));

    [Fact]
    public void A_missing_file_and_a_folder_fail_as_a_read_does()
    {
        foreach (string path in new[] { Path.Combine(_folder, "missing.claims"), _folder })
        {
            var peek = FileSystemSourceProvider.Instance.Peek(path, _ => throw new InvalidOperationException("nothing to see"));

            Assert.False(peek.Answer);
            Assert.Equal(FileSystemSourceProvider.Instance.Read(path).Problem, peek.Problem);
            Assert.NotNull(peek.Problem);
        }
    }

    [Fact]
    public void The_answer_is_the_questions()
    {
        string path = WriteFile("import.claims", "import \"people.claims\"\n");

        Assert.True(FileSystemSourceProvider.Instance.Peek(path, text => text.StartsWith("import".AsSpan())).Answer);
        Assert.False(FileSystemSourceProvider.Instance.Peek(path, text => text.IsEmpty).Answer);
    }

    private string WriteFile(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Read(string path) => FileSystemSourceProvider.Instance.Read(path).Text!.Text;

    private static string Peeked(string path)
    {
        string? seen = null;
        var peek = FileSystemSourceProvider.Instance.Peek(path, text =>
        {
            seen = text.ToString();
            return true;
        });
        Assert.Null(peek.Problem);
        Assert.True(peek.Answer);
        return seen!;
    }
}
