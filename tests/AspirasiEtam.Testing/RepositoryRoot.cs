namespace AspirasiEtam.Testing;

/// <summary>The checkout the tests run from, for tests that compare committed files.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "AspirasiEtam.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AspirasiEtam.sln not found above " + AppContext.BaseDirectory);
    }
}
