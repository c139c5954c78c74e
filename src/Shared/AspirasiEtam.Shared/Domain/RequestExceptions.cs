namespace AspirasiEtam.Shared.Domain;

/// <summary>
/// A request that is well formed but cannot be carried out in the current state (a duplicate code,
/// deactivating what is already inactive). The API answers 409 with <see cref="Exception.Message"/> as detail,
/// so the message must be safe and useful to show to the caller.
/// </summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>The thing asked for does not exist (or is not visible to the caller). The API answers 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller is known but may not do this (outside their role or agency scope). The API answers 403.</summary>
public sealed class ForbiddenException(string message) : Exception(message);

/// <summary>A value that breaks a rule only the domain can check (one field). The API answers 400 with that field's error.</summary>
public sealed class InvalidFieldException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
