using System.Text;

namespace GoalFrames.CanonTools.Import;

/// <summary>Readable, file-safe names: <c>Clinical Data Management</c> → <c>clinical-data-management</c>.</summary>
internal static class FileNames
{
    public static string For(string name) => Slug(name, 60) is { Length: > 0 } slug ? slug + ".yaml" : "family.yaml";

    public static string Slug(string text, int maxLength)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '_' or '/' or '.')
            {
                if (builder.Length > 0 && builder[^1] != '-')
                {
                    builder.Append('-');
                }
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > maxLength)
        {
            var cut = slug.LastIndexOf('-', maxLength);
            slug = slug[..(cut > 0 ? cut : maxLength)];
        }

        return slug;
    }
}
