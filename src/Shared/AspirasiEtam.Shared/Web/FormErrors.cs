using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace AspirasiEtam.Shared.Web;

/// <summary>
/// How a form shows what is wrong with it, the way GOV.UK's design system does: every error at once, a summary at
/// the top that takes focus and links to each field, and each field marked <c>aria-invalid</c> and described by its
/// message — in the reader's language only (<see cref="Bilingual.Pick"/>). A field is named by its model key
/// (<c>Form.Title</c>); its id is that key with dots made underscores (<c>Form_Title</c>), its message's id that and
/// <c>-error</c>.
/// </summary>
public static class FormErrors
{
    public static string IdOf(string key) => TagBuilder.CreateSanitizedId(key, "_");

    public static string MessageIdOf(string key) => IdOf(key) + "-error";

    /// <summary>The messages for a key, in the reader's language.</summary>
    public static IReadOnlyList<string> MessagesOf(ModelStateDictionary modelState, string key) =>
        modelState.TryGetValue(key, out var entry) ? entry.Errors.Select(e => Bilingual.Pick(e.ErrorMessage)).ToList() : [];
}

/// <summary>
/// <c>&lt;input error-field="Form.Title"&gt;</c> (or a select, textarea, fieldset's first control): gives the control
/// its id when it has none and, when the key has errors, <c>aria-invalid="true"</c> and <c>aria-describedby</c>
/// pointing at its <see cref="FieldErrorTagHelper"/>.
/// </summary>
[HtmlTargetElement("input", Attributes = "error-field")]
[HtmlTargetElement("select", Attributes = "error-field")]
[HtmlTargetElement("textarea", Attributes = "error-field")]
public sealed class ErrorFieldTagHelper : TagHelper
{
    [HtmlAttributeName("error-field")]
    public string Key { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", FormErrors.IdOf(Key));
        }

        if (FormErrors.MessagesOf(ViewContext.ModelState, Key).Count == 0)
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? $"{existing.Value} " : string.Empty;
        output.Attributes.SetAttribute("aria-describedby", describedBy + FormErrors.MessageIdOf(Key));
    }
}

/// <summary><c>&lt;field-error for="Form.Title" /&gt;</c>: the field's messages in the reader's language, or nothing.</summary>
[HtmlTargetElement("field-error", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public string Key { get; set; } = string.Empty;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var messages = FormErrors.MessagesOf(ViewContext.ModelState, Key);
        if (messages.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error");
        output.Attributes.SetAttribute("id", FormErrors.MessageIdOf(Key));
        output.Content.SetContent(string.Join(" ", messages));
    }
}

/// <summary>
/// <c>&lt;error-summary /&gt;</c>: when the form was refused, a box at its top that takes focus, says how many things
/// to fix and links each message to its field; messages not about one field are listed without a link.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(e => (entry.Key, Message: Bilingual.Pick(e.ErrorMessage))))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-summary");
        output.Attributes.SetAttribute("id", "error-summary");
        output.Attributes.SetAttribute("role", "alert");
        output.Attributes.SetAttribute("tabindex", "-1");
        output.Attributes.SetAttribute("autofocus", "autofocus");
        output.Attributes.SetAttribute("aria-labelledby", "error-summary-title");

        var encoder = HtmlEncoder.Default;
        var html = new System.Text.StringBuilder();
        html.Append("<h2 id=\"error-summary-title\">")
            .Append(encoder.Encode(errors.Count == 1
                ? Bilingual.T("Ada 1 hal yang perlu diperbaiki", "There is 1 thing to fix")
                : Bilingual.T($"Ada {errors.Count} hal yang perlu diperbaiki", $"There are {errors.Count} things to fix")))
            .Append("</h2><ul>");
        foreach (var (key, message) in errors)
        {
            html.Append("<li>");
            if (key.Length > 0)
            {
                html.Append("<a href=\"#").Append(encoder.Encode(FormErrors.IdOf(key))).Append("\">").Append(encoder.Encode(message)).Append("</a>");
            }
            else
            {
                html.Append(encoder.Encode(message));
            }

            html.Append("</li>");
        }

        output.Content.SetHtmlContent(html.Append("</ul>").ToString());
    }
}
