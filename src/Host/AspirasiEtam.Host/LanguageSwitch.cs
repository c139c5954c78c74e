using AspirasiEtam.Shared.Web;
using Microsoft.AspNetCore.Localization;

namespace AspirasiEtam.Host;

/// <summary>A plain link switches the language (no script): it stores the choice in a cookie and goes back.</summary>
internal static class LanguageSwitch
{
    public static IResult Handle(string culture, string? returnUrl, HttpContext context)
    {
        var chosen = culture == Bilingual.English ? Bilingual.English : Bilingual.Indonesian;
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });

        // Only a path on this site: an absolute URL here would make the portal an open redirect.
        var target = !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : "/";
        return Results.LocalRedirect(target);
    }
}
