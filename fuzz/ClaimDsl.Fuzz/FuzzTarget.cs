using System;
using ClaimDsl.Formatting;
using ClaimDsl.Semantics;
using ClaimDsl.Text;

namespace ClaimDsl.Fuzz;

/// <summary>
/// What the fuzzer runs on each input, and what the regression tests replay: decode the bytes
/// as a file from disk would be, parse, bind, run every rule, then format. Any exception is a
/// finding; so is a broken promise of the library (a span outside the file, a formatted file
/// that does not parse, or formatting that is not idempotent), raised as an exception so that
/// afl records it as a crash.
/// </summary>
public static class FuzzTarget
{
    public const string Path = "fuzz.claims";

    public static void Run(byte[] bytes)
    {
        var (text, decoding) = TextDecoding.Decode(bytes);
        var workspace = new ClaimWorkspace(new EchoProvider(text, decoding));
        var tree = ClaimWorkspace.Parse(new SourceText(text, Path), decoding);
        var document = ClaimDocument.Check(tree, workspace);

        // Every file the provider serves is this same text, so every span must fit inside it.
        foreach (var diagnostic in document.Diagnostics)
        {
            if (diagnostic.Span.Start < 0 || diagnostic.Span.Length < 0 || diagnostic.Span.End > text.Length)
                throw new InvalidOperationException($"{diagnostic.Code} span {diagnostic.Span} lies outside a file of {text.Length} characters.");
        }

        var formatted = ClaimFormatter.Format(tree);
        if (formatted.Text is null) return;
        var again = ClaimFormatter.Format(formatted.Text, Path);
        if (again.Text is null)
            throw new InvalidOperationException("The formatted file does not parse: " + string.Join("; ", again.Errors));
        if (again.Text != formatted.Text)
            throw new InvalidOperationException("Formatting is not idempotent.");
    }

    /// <summary>
    /// Serves the fuzzed text for every path, so that any <c>import</c> (of itself, of another
    /// name) and any article <c>text</c> file reaches the same input: imports, cycles and quote
    /// matching are fuzzed along with the parser.
    /// </summary>
    private sealed class EchoProvider : ISourceProvider
    {
        private readonly string _text;
        private readonly DecodeProblem? _decoding;

        public EchoProvider(string text, DecodeProblem? decoding)
        {
            _text = text;
            _decoding = decoding;
        }

        public string Resolve(string fromFile, string relativePath) => InMemorySourceProvider.Normalize(relativePath);

        public FileReadResult Read(string path) => new(new SourceText(_text, path), null, _decoding);
    }
}
