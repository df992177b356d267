using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using ClaimDsl.Generator.Emit;
using Microsoft.CodeAnalysis;

namespace ClaimDsl.Generator.Pipeline;

/// <summary>
/// Whether the project's generated string literals fit in one assembly (<see cref="UserStringHeap"/>).
/// The count is of each file's distinct literals, summed over the files: a text written in two
/// files counts twice, which can make it a little high, and the project's own C# literals are
/// not counted, which can make it low. It is a warning, not an error, for that reason: the
/// compiler's CS8103 is the verdict.
/// </summary>
internal static class LiteralLimit
{
    // The compiler option that stores long literals as UTF-8 data instead, under its first name
    // (.NET 10 SDK) and the one it is to be renamed to; "off" turns it off.
    private static readonly string[] DataSectionFeatures = { "experimental-data-section-string-literals", "utf8-string-literal-encoding" };

    /// <summary>Whether the project turned on the compiler option that lifts the limit for long literals.</summary>
    public static bool StoresLongLiteralsAsData(ParseOptions options) =>
        DataSectionFeatures.Any(feature => options.Features.TryGetValue(feature, out var value) && value != "off");

    /// <summary>CLM103 when the literals of every file added to the compilation pass the limit and the option is off.</summary>
    public static DiagnosticInfo? Check(ImmutableArray<long> bytesPerFile, bool longLiteralsAsData)
    {
        long bytes = bytesPerFile.Sum();
        if (longLiteralsAsData || bytes < UserStringHeap.Limit) return null;
        string size = (bytes / (1024.0 * 1024.0)).ToString("F1", CultureInfo.InvariantCulture);
        return new DiagnosticInfo(GeneratorDiagnostics.TooMuchText.Code,
            $"The texts of this project's claims come to about {size} MB in the compiled assembly, more than the 16 MB that one .NET assembly can hold in its string literals. " +
            "The compiler will stop with error CS8103 (\"Combined length of user strings used by the program exceeds allowed limit\") for every text past the limit. " +
            "Split the claim files over several projects, or store long texts as UTF-8 data by adding <Features>$(Features);experimental-data-section-string-literals</Features> to a <PropertyGroup> of this project (.NET 10 SDK or later). " +
            "See \"Very large projects\" in ClaimDsl's docs/generator.md.",
            null);
    }
}
