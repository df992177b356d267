using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using ClaimDsl.Benchmarks.Baselines;
using ClaimDsl.Benchmarks.Corpus;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;
using ClaimDsl.Text;
using YamlDotNet.Serialization;

namespace ClaimDsl.Benchmarks.Readers;

/// <summary>What is measured: ClaimDsl's two entry points and the ways a user could read the same claims instead.</summary>
public enum Workload
{
    /// <summary><c>ClaimParser.Parse</c>: the syntax tree only.</summary>
    ClaimDslParse,
    /// <summary><c>ClaimDocument.Parse</c>: parse, bind the model, run every rule.</summary>
    ClaimDslCheck,
    /// <summary>The same language in textbook Sprache (stock input, per-character combinators).</summary>
    SpracheTextbook,
    /// <summary>YamlDotNet's <c>Deserializer</c> reading the corpus's YAML into plain classes.</summary>
    YamlDotNet,
    /// <summary>System.Text.Json with its source-generated metadata, reading the corpus's JSON (UTF-8 bytes).</summary>
    JsonSourceGenerated,
    /// <summary>System.Text.Json with reflection-based metadata, reading the same JSON.</summary>
    JsonReflection,
}

/// <summary>
/// One corpus file in memory, in the form its reader takes: text for .claims and YAML (both
/// readers take a string), UTF-8 bytes for JSON (what System.Text.Json reads natively, as from
/// a file stream). Reading the disk is not part of any measurement.
/// </summary>
public sealed class CorpusInput
{
    private CorpusInput(CorpusSpec spec, InputFormat format, string path, string? text, byte[]? utf8, long bytes)
    {
        Spec = spec;
        Format = format;
        Path = path;
        Text = text;
        Utf8 = utf8;
        Bytes = bytes;
    }

    public CorpusSpec Spec { get; }

    public InputFormat Format { get; }

    public string Path { get; }

    public string? Text { get; }

    public byte[]? Utf8 { get; }

    /// <summary>Size of the file on disk, in bytes (UTF-8).</summary>
    public long Bytes { get; }

    public static CorpusInput Load(CorpusSpec spec, InputFormat format)
    {
        string path = CorpusFiles.PathOf(spec, format);
        if (!File.Exists(path))
            throw new FileNotFoundException($"The corpus file {path} is missing. Make it with: bench/run.sh corpus {spec.Name}", path);
        long bytes = new FileInfo(path).Length;
        return format == InputFormat.Json
            ? new CorpusInput(spec, format, path, null, File.ReadAllBytes(path), bytes)
            : new CorpusInput(spec, format, path, File.ReadAllText(path), null, bytes);
    }
}

/// <summary>Runs a workload once. The BenchmarkDotNet benchmarks and the whole-process scaling run both call this.</summary>
public static class Workloads
{
    /// <summary>The corpus files name no imports and no article texts: reading the disk must not be part of the check.</summary>
    private static readonly ISourceProvider NoFiles = new InMemorySourceProvider(new Dictionary<string, string>());

    private static readonly IDeserializer Yaml = CorpusFormats.YamlDeserializer();

    public static IReadOnlyList<Workload> All { get; } = (Workload[])Enum.GetValues(typeof(Workload));

    public static InputFormat FormatOf(Workload workload) => workload switch
    {
        Workload.YamlDotNet => InputFormat.Yaml,
        Workload.JsonSourceGenerated or Workload.JsonReflection => InputFormat.Json,
        _ => InputFormat.Claims,
    };

    /// <summary>A short label for tables.</summary>
    public static string Label(Workload workload) => workload switch
    {
        Workload.ClaimDslParse => "ClaimDsl parse",
        Workload.ClaimDslCheck => "ClaimDsl parse+bind+rules",
        Workload.SpracheTextbook => "textbook Sprache parse",
        Workload.YamlDotNet => "YamlDotNet deserialise",
        Workload.JsonSourceGenerated => "System.Text.Json (source-generated)",
        _ => "System.Text.Json (reflection)",
    };

    /// <summary>Runs the workload and returns what it built, so that nothing is optimised away.</summary>
    public static object Run(Workload workload, CorpusInput input) => workload switch
    {
        Workload.ClaimDslParse => ClaimParser.Parse(new SourceText(input.Text!, input.Path)),
        Workload.ClaimDslCheck => ClaimDocument.Parse(input.Text!, input.Path, NoFiles),
        Workload.SpracheTextbook => ParseTextbook(input),
        Workload.YamlDotNet => Yaml.Deserialize<CorpusDocument>(new StringReader(input.Text!)),
        Workload.JsonSourceGenerated => JsonSerializer.Deserialize(input.Utf8, CorpusJsonContext.Default.CorpusDocument)!,
        _ => JsonSerializer.Deserialize<CorpusDocument>(input.Utf8, CorpusFormats.ReflectionJson)!,
    };

    private static object ParseTextbook(CorpusInput input)
    {
        var result = TextbookSpracheGrammar.ParseFile(input.Text!);
        if (!result.WasSuccessful)
            throw new InvalidDataException($"The textbook Sprache grammar could not read {input.Path} at line {result.Remainder.Line}, column {result.Remainder.Column}: {result.Message}");
        return result.Value;
    }
}
