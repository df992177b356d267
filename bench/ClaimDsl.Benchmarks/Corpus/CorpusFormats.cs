using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ClaimDsl.Benchmarks.Corpus;

/// <summary>
/// How the YAML and JSON files of a corpus are written and read: camelCase names, nothing
/// written for empty values. The writers and the baselines share these settings, so what the
/// baselines read is exactly what was written.
/// </summary>
public static class CorpusFormats
{
    /// <summary>System.Text.Json with reflection: what a user gets without setting anything up.</summary>
    public static JsonSerializerOptions ReflectionJson { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    /// <summary>Indented, with accented letters and typographic quotes written as they are, like a hand-kept file.</summary>
    public static JsonWriterOptions JsonWriting { get; } = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static ISerializer YamlSerializer() => new SerializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitDefaults | DefaultValuesHandling.OmitEmptyCollections)
        .Build();

    public static IDeserializer YamlDeserializer() => new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();
}

/// <summary>
/// The source-generated System.Text.Json metadata for the corpus classes: the fastest way
/// System.Text.Json offers, and the fair one to compare against.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(CorpusDocument))]
public sealed partial class CorpusJsonContext : JsonSerializerContext
{
}
