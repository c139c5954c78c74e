namespace AspirasiEtam.Shared.Domain;

/// <summary>
/// A request that is well formed but cannot be carried out in the current state (a duplicate code,
/// deactivating what is already inactive). The API answers 409 with <see cref="Exception.Message"/> as detail,
/// so the message must be safe and useful to show to the caller.
/// </summary>
public sealed class ConflictException(string message) : Exception(message);

/// <summary>The thing asked for does not exist (or is not visible to the caller). The API answers 404.</summary>
public sealed class NotFoundException(string message) : Exception(message);
