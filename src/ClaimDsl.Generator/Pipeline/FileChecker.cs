using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ClaimDsl.Diagnostics;
using ClaimDsl.Generator.Emit;
using ClaimDsl.Model;
using ClaimDsl.Semantics;
using ClaimDsl.Syntax;
using Microsoft.CodeAnalysis.Text;
using RoslynText = Microsoft.CodeAnalysis.Text.SourceText;

namespace ClaimDsl.Generator.Pipeline;

/// <summary>
/// The expensive step: parses, binds and checks one claim file with the language library —
/// exactly what the command line does — and writes the C# class of each article it declares.
/// Never throws: an unexpected exception becomes a CLM100 diagnostic at the file, so the build
/// says which file and what happened instead of failing with CS8785.
/// </summary>
internal static class FileChecker
{
    public static FileOutcome Check(CheckInput input, CancellationToken cancellationToken)
    {
        try
        {
            return CheckFile(input, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            string message = $"ClaimDsl hit an internal problem while reading this file ({e.GetType().Name}: {e.Message}), so its claims were not checked and no code was generated from it. This is a fault in ClaimDsl, not necessarily in the file: please report it, with the file, at https://github.com/claimdsl/claimdsl/issues.";
            return Failed(input.Root, GeneratorDiagnostics.InternalError.Code, message);
        }
    }

    private static FileOutcome CheckFile(CheckInput input, CancellationToken cancellationToken)
    {
        var root = input.Root;
        if (root.Text is null)
            return Failed(root, SyntaxErrors.NotText.Code, "This file could not be read as text. Claim files must be plain UTF-8 text; check that the right file was named.");

        var files = new Dictionary<string, AdditionalFile>(StringComparer.Ordinal) { [root.NormalizedPath] = root };
        foreach (var file in input.Dependencies) files[file.NormalizedPath] = file;
        var provider = new AdditionalFilesSourceProvider(files.Values);
        var workspace = new ClaimWorkspace(provider);
        var document = ClaimDocument.Load(root.NormalizedPath, workspace);
        cancellationToken.ThrowIfCancellationRequested();

        var locator = new Locator(files, provider);
        var diagnostics = document.Diagnostics.Select(d => new DiagnosticInfo(d.Code, d.Message, locator.Locate(d))).ToValueList();
        var codes = diagnostics.Select(d => d.Code).Distinct(StringComparer.Ordinal).OrderBy(c => c, StringComparer.Ordinal).ToValueList();

        var model = document.Model;
        var rootTree = document.Compilation.Root;
        var articles = model.Articles.Where(a => model.DeclarationOf(a)?.Tree == rootTree).ToList();
        var classNames = CSharpNames.Assign(articles.Select(a => a.Id), ArticleEmitter.ReservedClassNames, GeneratedArticle.ClassNameComparer);
        var ownEntities = model.Entities.Where(e => model.DeclarationOf(e)?.Tree == rootTree).ToList();
        string fileName = root.NormalizedPath.Substring(root.NormalizedPath.LastIndexOf('/') + 1);

        var generated = new List<GeneratedArticle>();
        var declarations = new List<ArticleDeclaration>();
        foreach (var article in articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var claims = model.ClaimsOf(article).ToList();
            var entities = EntitiesOf(article, claims, ownEntities, model);
            string className = classNames[article.Id];
            generated.Add(ArticleEmitter.Emit(article, claims, entities, input.Namespace, className, fileName));
            var header = model.DeclarationOf(article)!.Block;
            declarations.Add(new ArticleDeclaration(className, article.Id, locator.Locate(rootTree.Path, header.Id?.Span ?? header.Header.KeywordSpan)));
        }

        return new FileOutcome(
            new FileCode(root.NormalizedPath, generated.ToValueList(), codes),
            new FileReport(root.NormalizedPath, diagnostics, declarations.ToValueList()));
    }

    /// <summary>
    /// The entities an article's class declares: every entity of its own file, and every
    /// imported one that the article, its claims or those entities refer to — so each class
    /// stands on its own, whichever file declared the people it quotes.
    /// </summary>
    private static List<Entity> EntitiesOf(Article article, List<Claim> claims, List<Entity> ownEntities, ClaimModel model)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Entity>(ownEntities);
        if (article.Outlet is { } outlet) pending.Push(outlet);
        foreach (var claim in claims)
        {
            pending.Push(claim.Speaker);
            if (claim.Audience?.Entity is { } audience) pending.Push(audience);
            foreach (var relay in claim.Sources.SelectMany(s => s.Relays)) pending.Push(relay);
        }
        while (pending.Count > 0)
        {
            var entity = pending.Pop();
            if (!wanted.Add(entity.Id)) continue;
            foreach (var target in ArticleEmitter.References(entity)) pending.Push(target);
        }
        return model.Entities.Where(e => wanted.Contains(e.Id)).ToList();
    }

    private static FileOutcome Failed(AdditionalFile root, string code, string message) => new(
        new FileCode(root.NormalizedPath, ValueList<GeneratedArticle>.Empty, ValueList.Of(code)),
        new FileReport(root.NormalizedPath, ValueList.Of(new DiagnosticInfo(code, message, DiagnosticLocation.StartOf(root.Path))), ValueList<ArticleDeclaration>.Empty));

    /// <summary>
    /// Turns the library's positions into compiler locations: the file's own path, and the
    /// span's lines and columns. The library counts lines and columns as the compiler does
    /// (UTF-16 code units from the line's start) except where the compiler also breaks lines
    /// (U+0085, U+2028, U+2029) or a byte-order mark starts the text; only a file holding one
    /// of those has the compiler's text compute them.
    /// </summary>
    private sealed class Locator
    {
        private static readonly char[] PositionsDiffer = { '\u0085', '\u2028', '\u2029', '\uFEFF' };

        private readonly Dictionary<string, AdditionalFile> _files;
        // The strings the library read, so that no file is turned into a string twice.
        private readonly AdditionalFilesSourceProvider _contents;
        private readonly Dictionary<string, RoslynText?> _texts = new(StringComparer.Ordinal);

        public Locator(Dictionary<string, AdditionalFile> files, AdditionalFilesSourceProvider contents)
        {
            _files = files;
            _contents = contents;
        }

        public DiagnosticLocation? Locate(ClaimDiagnostic diagnostic) =>
            diagnostic.FilePath.Length == 0 ? null : Locate(diagnostic.FilePath, diagnostic.Span);

        public DiagnosticLocation Locate(string path, ClaimDsl.Text.SourceSpan span)
        {
            if (!_files.TryGetValue(path, out var file) || _contents.ContentOf(path) is not { } content) return DiagnosticLocation.StartOf(path);
            int start = Math.Min(Math.Max(span.Start, 0), content.Length);
            var textSpan = new TextSpan(start, Math.Min(Math.Max(span.Length, 0), content.Length - start));
            if (!_texts.TryGetValue(path, out var text))
                _texts[path] = text = content.IndexOfAny(PositionsDiffer) >= 0 ? file.Text!.Text : null;
            var lines = text is null && textSpan.Start == span.Start && textSpan.Length == span.Length
                ? new LinePositionSpan(new LinePosition(span.StartLine - 1, span.StartColumn - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1))
                : (text ?? file.Text!.Text).Lines.GetLinePositionSpan(textSpan);
            return new DiagnosticLocation(file.Path, textSpan, lines);
        }
    }
}
