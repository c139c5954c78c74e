using AspirasiEtam.Modules.Identity.Pages.Account;

namespace AspirasiEtam.UnitTests;

public sealed class ReturnUrlTests
{
    [Theory]
    [InlineData("/aspirasi", "/aspirasi")]
    [InlineData("//evil.example", "/akun")]
    [InlineData("/\\evil.example", "/akun")]
    [InlineData("/\t/evil.example", "/akun")]
    [InlineData("/aspirasi\n", "/akun")]
    [InlineData("https://evil.example", "/akun")]
    public void A_return_url_is_a_plain_path_on_this_site(string returnUrl, string expected) =>
        Assert.Equal(expected, SignInModel.SafeReturnUrl(returnUrl, "/akun"));
}
