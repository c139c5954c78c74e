using AspirasiEtam.Shared.Persistence;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace AspirasiEtam.UnitTests;

public sealed class PersistenceOptionsValidatorTests
{
    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    [Fact]
    public void A_relative_data_folder_is_created_under_the_content_root()
    {
        var root = Directory.CreateTempSubdirectory("aspirasi-options-").FullName;
        try
        {
            var result = new PersistenceOptionsValidator(new Environment(root)).Validate(null, new PersistenceOptions { DataDirectory = "data" });

            Assert.True(result.Succeeded, result.FailureMessage);
            Assert.True(Directory.Exists(Path.Combine(root, "data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_database_file_that_cannot_be_opened_for_writing_is_named()
    {
        var root = Directory.CreateTempSubdirectory("aspirasi-options-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(root, "aspirations.db"), string.Empty);
            var shm = Directory.CreateDirectory(Path.Combine(root, "aspirations.db-shm")).FullName;

            var result = new PersistenceOptionsValidator(new Environment(root)).Validate(null, new PersistenceOptions { DataDirectory = root });

            Assert.True(result.Failed);
            Assert.Contains($"the database file '{shm}' cannot be written", result.FailureMessage);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("Postgres", "is not supported")]
    [InlineData("SqlServer", "SqlServerConnectionString is required")]
    public void Bad_provider_settings_name_the_setting(string provider, string expected)
    {
        var result = new PersistenceOptionsValidator(new Environment(Path.GetTempPath())).Validate(null, new PersistenceOptions { Provider = provider });
        Assert.True(result.Failed);
        Assert.Contains(expected, result.FailureMessage);
    }
}
