using System;
using System.Linq;
using System.Threading;
using ClaimDsl.Model;
using ClaimDsl.Semantics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace ClaimDsl.Generator.Pipeline;

// The values that flow between the pipeline's steps. Each is a record of strings, numbers,
// ValueLists and compiler texts (compared by content), compared by value, so the driver can
// tell an unchanged result from a changed one and skip the steps after it. None holds a
// Compilation, a symbol, a syntax node or a Location.

/// <summary>
/// An additional file as the compiler handed it over: its path and its text (null when it could
/// not be read), the compiler's own text rather than a copy, which the steps read in place or
/// turn into a string only for as long as they need one.
/// </summary>
internal sealed record AdditionalFile(string Path, string NormalizedPath, ValueText? Text)
{
    public static bool IsClaimFile(string path) => path.EndsWith(".claims", StringComparison.OrdinalIgnoreCase);

    public static AdditionalFile Read(AdditionalText text, CancellationToken cancellationToken) =>
        new(text.Path, InMemorySourceProvider.Normalize(text.Path), text.GetText(cancellationToken) is { } read ? ValueText.Of(read) : null);
}

/// <summary>What a claim file needs besides itself: the files it imports and the article texts it names (normalized paths).</summary>
internal sealed record FileOutline(AdditionalFile File, ValueList<string> Imports, ValueList<string> Texts);

/// <summary>A claim file with every file it needs (imports, theirs, article texts), and the namespace to generate into.</summary>
internal sealed record CheckInput(AdditionalFile Root, ValueList<AdditionalFile> Dependencies, string Namespace);

/// <summary>What checking a claim file produced: code (no positions) and diagnostics (positions), kept apart so that moving text re-reports diagnostics without re-emitting code.</summary>
internal sealed record FileOutcome(FileCode Code, FileReport Report);

/// <summary>The C# of one claim file: one source per article, and the codes of its diagnostics (whether they block the code depends on the project's severities).</summary>
internal sealed record FileCode(string NormalizedPath, ValueList<GeneratedArticle> Articles, ValueList<string> DiagnosticCodes)
{
    public FileClassNames ClassNames => new(NormalizedPath, Articles.Items.Select(a => a.ClassName).ToValueList());
}

/// <summary>The generated class of one article, and the bytes its string literals take in the assembly (<see cref="Emit.UserStringHeap"/>).</summary>
internal sealed record GeneratedArticle(string ClassName, ValueText Source, long LiteralBytes)
{
    /// <summary>
    /// How class names must differ: in more than capitals, because each class's file is named
    /// after it (<see cref="HintName"/>), and the compiler refuses two files whose names differ
    /// only in case (they would also overwrite each other on a case-insensitive disk).
    /// </summary>
    public static StringComparer ClassNameComparer => StringComparer.OrdinalIgnoreCase;

    public string HintName => ClassName + ".g.cs";
}

/// <summary>The diagnostics of one claim file (and of the files it imports), and where its articles are declared.</summary>
internal sealed record FileReport(string NormalizedPath, ValueList<DiagnosticInfo> Diagnostics, ValueList<ArticleDeclaration> Articles);

/// <summary>Where an article that gets a class is declared, for reporting a class-name clash.</summary>
internal sealed record ArticleDeclaration(string ClassName, string ArticleId, DiagnosticLocation Location);

/// <summary>A position in a file, kept as plain values until a <see cref="Location"/> is needed.</summary>
internal sealed record DiagnosticLocation(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    /// <summary>The start of a file.</summary>
    public static DiagnosticLocation StartOf(string path) => new(path, default, default);
}

/// <summary>A diagnostic to report: its code (the descriptor), message and position.</summary>
internal sealed record DiagnosticInfo(string Code, string Message, DiagnosticLocation? Location)
{
    public Diagnostic ToDiagnostic() =>
        Diagnostic.Create(GeneratorDiagnostics.Descriptor(Code), Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None, Message);
}

/// <summary>The class names one claim file generates.</summary>
internal sealed record FileClassNames(string NormalizedPath, ValueList<string> ClassNames);

/// <summary>The generator's MSBuild options: the namespace, and the rejected value when the one given is not valid C#.</summary>
internal sealed record GeneratorOptions(string Namespace, string? InvalidNamespace);
