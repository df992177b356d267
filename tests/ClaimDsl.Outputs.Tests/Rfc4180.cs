using System;
using System.Collections.Generic;
using System.Text;

namespace ClaimDsl.Tests;

/// <summary>
/// A strict RFC 4180 reader for the tests, written from the RFC and independent of the CSV
/// library the exporter uses: records end in CRLF, a quoted field may hold anything with quotes
/// doubled, an unquoted field may hold no quote, CR or LF. Anything else throws.
/// </summary>
internal static class Rfc4180
{
    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            var field = new StringBuilder();
            if (text[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new FormatException("a quoted field is not closed");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(text[i++]);
                }
            }
            else
            {
                while (i < text.Length && text[i] != ',' && text[i] != '\r')
                {
                    if (text[i] is '"' or '\n') throw new FormatException($"unquoted field holds {(text[i] == '"' ? "a quote" : "a line feed")} at {i}");
                    field.Append(text[i++]);
                }
            }
            fields.Add(field.ToString());
            if (i < text.Length && text[i] == ',') { i++; continue; }
            if (i + 1 < text.Length && text[i] == '\r' && text[i + 1] == '\n')
            {
                i += 2;
                records.Add(fields.ToArray());
                fields.Clear();
                continue;
            }
            throw new FormatException($"expected a comma or CRLF at {i}");
        }
        if (fields.Count > 0) throw new FormatException("the last record does not end in CRLF");
        return records;
    }
}
