using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ClaimDsl.Cli.Check;
using ClaimDsl.Cli.Tests.Support;
using ClaimDsl.Semantics;
using ClaimDsl.Text;
using Xunit;

namespace ClaimDsl.Cli.Tests;

/// <summary>
/// A check keeps what it still needs, not the whole input: a file's tree goes once the file is
/// checked unless another file may import it, and only the texts that the report quotes stay.
/// Files that import each other are still read and parsed once each.
/// </summary>
public class CheckMemoryTests
{
    [Theory]
    [InlineData("import \"a.claims\"\n", true)]
    [InlineData("person p \"P\"\n\n  import \"a.claims\"\n", true)]
    [InlineData("\uFEFFimport \"a.claims\"\n", true)]
    [InlineData("\u200Bim\u200Bport \"a.claims\"\n", true)]
    [InlineData("person p \"P\"\r  import \"a.claims\"", true)]
    [InlineData("person p \"P\"\n  role \"imports and exports\"\n  \"imports\"\n# import \"a.claims\"\n", false)]
    [InlineData("org agency \"Agency\"\n  identified-as agency\n  im\n", false)]
    [InlineData("", false)]
    public void Only_a_line_that_starts_with_the_word_import_can_import(string text, bool mayImport) =>
        Assert.Equal(mayImport, CheckRunner.MayImport(text));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Checked_files_that_import_each_other_are_each_read_once_and_their_names_resolve(bool peekable)
    {
        using var folder = TempFolder.Create();
        folder.Write(".globalconfig", "is_global = true\n");
        // a imports b (the keyword with a hidden character in it), b imports c (indented); c declares the speaker a's claim names.
        folder.Write("a.claims", "im\u200Bport \"b.claims\"\n\narticle story\n  title \"Story\"\n  outlet agency\n  published 2016-10-06\n\nclaim said\n  by speaker\n  paraphrase \"something\"\n  source direct\n");
        folder.Write("b.claims", "  import \"c.claims\"\n\norg agency \"Agency\"\n");
        folder.Write("c.claims", "person speaker \"A Speaker\"\n");
        for (int i = 0; i < 12; i++) folder.Write($"other{i:D2}.claims", $"person someone{i} \"Someone {i}\"\n");
        var provider = peekable ? new PeekableCountingProvider() : new CountingProvider();

        var many = Tool.Run(folder.Path, provider, "check", "--format", "json", "--threads", "8");
        var single = Tool.Run(folder.Path, "check", "--format", "json", "--threads", "1");

        Assert.Equal(15, provider.Reads.Count);
        Assert.All(provider.Reads, read => Assert.True(read.Value == 1, $"{read.Key} was read {read.Value} times"));
        if (provider is PeekableCountingProvider peeking) Assert.All(peeking.Peeks, peek => Assert.True(peek.Value == 1, $"{peek.Key} was peeked at {peek.Value} times"));
        Assert.Equal(single, many);
        var report = JsonDocument.Parse(many.Output).RootElement;
        Assert.Equal(15, report.GetProperty("files").GetInt32());
        // The only finding is the hidden character itself: every name resolved through the imports.
        Assert.Equal(["CLM005 a.claims"], report.GetProperty("diagnostics").EnumerateArray().Select(d => $"{d.GetProperty("code").GetString()} {d.GetProperty("file").GetString()}"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Only_the_texts_of_files_with_findings_are_kept_and_only_when_the_report_quotes_them(bool keepSourceText)
    {
        var files = new Dictionary<string, string> { ["/w/bad.claims"] = "person speaker \"A Speaker\"\n  kind journalist\n" };
        for (int i = 0; i < 10; i++) files[$"/w/clean{i}.claims"] = $"person someone{i} \"Someone {i}\"\n";
        var provider = new CountingProvider(new InMemorySourceProvider(files));

        // One thread checks the files in path order (none of them can import); when one is done,
        // the clean files checked before it must be gone already (the later ones are read, waiting).
        var order = files.Keys.Order(StringComparer.Ordinal).ToList();
        int done = 0, cleanTextsHeldAfterCheck = 0;
        var result = Check(provider, order, keepSourceText, fileDone: () =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            cleanTextsHeldAfterCheck += order.Take(done).Count(p => p != "/w/bad.claims" && provider.Texts[p].TryGetTarget(out _));
            done++;
        });
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.Contains(result.Diagnostics, d => d.FilePath == "/w/bad.claims");
        Assert.DoesNotContain(result.Diagnostics, d => d.FilePath != "/w/bad.claims");
        Assert.Equal(keepSourceText ? ["/w/bad.claims"] : Array.Empty<string>(), result.Sources.Keys);
        var alive = provider.Texts.Where(t => t.Value.TryGetTarget(out _)).Select(t => t.Key).OrderBy(p => p, StringComparer.Ordinal);
        Assert.Equal(keepSourceText ? ["/w/bad.claims"] : Array.Empty<string>(), alive);
        Assert.Equal(files.Count, done);
        Assert.Equal(0, cleanTextsHeldAfterCheck);
    }

    [Fact]
    public void A_provider_that_can_peek_has_each_file_read_only_when_its_turn_comes()
    {
        using var folder = TempFolder.Create();
        var files = Enumerable.Range(0, 10).Select(i => folder.Write($"f{i}.claims", $"person someone{i} \"Someone {i}\"\n")).ToList();
        var provider = new PeekableCountingProvider();
        int done = 0, mostReadAhead = 0;

        // One thread: when a file is done, only the files checked so far have been read.
        Check(provider, files, keepSourceText: false, fileDone: () => mostReadAhead = Math.Max(mostReadAhead, provider.Reads.Count - ++done));

        Assert.Equal(files.Count, done);
        Assert.Equal(0, mostReadAhead);
        Assert.Equal(files.Count, provider.Peeks.Count);
    }

    // Not inlined, so that nothing of the check outlives it on this method's stack.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CheckResult Check(ISourceProvider provider, IEnumerable<string> files, bool keepSourceText, Action fileDone)
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, Path.GetTempPath()) { SourceProvider = provider };
        var settings = new CheckSettings(ConfigPath: null, WarningsAsErrors: false, Threads: 1) { KeepSourceText = keepSourceText };
        return new CheckRunner(context).Run([.. files], settings, fileDone);
    }

    /// <summary>Counts the reads of each file and watches, without holding them, the texts it hands out.</summary>
    private class CountingProvider(ISourceProvider? inner = null) : ISourceProvider
    {
        private readonly ISourceProvider _inner = inner ?? FileSystemSourceProvider.Instance;

        public ConcurrentDictionary<string, int> Reads { get; } = new();

        public ConcurrentDictionary<string, WeakReference<SourceText>> Texts { get; } = new();

        public string Resolve(string fromFile, string relativePath) => _inner.Resolve(fromFile, relativePath);

        public FileReadResult Read(string path)
        {
            Reads.AddOrUpdate(path, 1, (_, n) => n + 1);
            var read = _inner.Read(path);
            if (read.Text is not null) Texts[path] = new WeakReference<SourceText>(read.Text);
            return read;
        }
    }

    /// <summary>A <see cref="CountingProvider"/> of the disk that can peek, as the disk's own provider can; counts the peeks too.</summary>
    private sealed class PeekableCountingProvider : CountingProvider, IPeekableSourceProvider
    {
        public ConcurrentDictionary<string, int> Peeks { get; } = new();

        public PeekResult Peek(string path, TextTest test)
        {
            Peeks.AddOrUpdate(path, 1, (_, n) => n + 1);
            return FileSystemSourceProvider.Instance.Peek(path, test);
        }
    }
}
