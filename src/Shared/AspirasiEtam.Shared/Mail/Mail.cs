using AspirasiEtam.Shared.Storage;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace AspirasiEtam.Shared.Mail;

/// <summary>An email to one person: plain text always, HTML optionally.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string? HtmlBody = null);

/// <summary>Sends email. The default writes .eml files to a pickup folder, so a fresh checkout needs no mail server.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>Bound from the <c>Mail</c> configuration section.</summary>
public sealed class MailOptions
{
    public const string SectionName = "Mail";

    /// <summary><c>Pickup</c> (write .eml files) or <c>Smtp</c>.</summary>
    public string Mode { get; set; } = "Pickup";

    /// <summary>Folder of the .eml files; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string FromAddress { get; set; } = "ppid@kaltimprov.go.id";

    public string FromName { get; set; } = "Aspirasi Etam — PPID Kaltim";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public string? SmtpUserName { get; set; }

    public string? SmtpPassword { get; set; }

    /// <summary>STARTTLS on the submission port; set false only for a local relay.</summary>
    public bool SmtpUseStartTls { get; set; } = true;
}

internal sealed class MailOptionsValidator : IValidateOptions<MailOptions>
{
    public ValidateOptionsResult Validate(string? name, MailOptions options) => options.Mode switch
    {
        "Pickup" => string.IsNullOrWhiteSpace(options.PickupDirectory)
            ? ValidateOptionsResult.Fail("Mail:PickupDirectory is required when Mail:Mode is Pickup.")
            : ValidateOptionsResult.Success,
        "Smtp" => string.IsNullOrWhiteSpace(options.SmtpHost)
            ? ValidateOptionsResult.Fail("Mail:SmtpHost is required when Mail:Mode is Smtp.")
            : ValidateOptionsResult.Success,
        _ => ValidateOptionsResult.Fail($"Mail:Mode '{options.Mode}' is not supported. Use 'Pickup' or 'Smtp'."),
    };
}

internal static class MimeMail
{
    public static MimeMessage Build(OutgoingMail mail, MailOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.FromAddress));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        return message;
    }
}

internal sealed class PickupDirectoryMailSender(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<PickupDirectoryMailSender> logger) : IMailSender
{
    /// <summary>The pickup folder (full path), also for the readiness probe.</summary>
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory));

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var directory = Folder;
        var path = Path.Combine(directory, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid():N}.eml");

        // Written aside, then moved in: whatever watches the folder never sees a half-written message.
        var partial = path + ".part";
        try
        {
            Directory.CreateDirectory(directory);
            await MimeMail.Build(mail, options.Value).WriteToAsync(partial, cancellationToken);
            File.Move(partial, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new StorageUnavailableException($"The mail pickup folder '{directory}' cannot be written: {ex.Message}", ex);
        }

        // Never the subject or the address: a subject carries a tracking code, the reporter's credential.
        logger.LogInformation("Mail written to the pickup folder as {File}", Path.GetFileName(path));
    }

    /// <summary>
    /// Removes messages half-written by a process that died while writing them (their mail is still in an outbox,
    /// not marked sent, and is written again). Only files older than a minute: another instance may be writing one.
    /// </summary>
    public int RemoveLeftovers(DateTime nowUtc)
    {
        var folder = Folder;
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        var removed = 0;
        foreach (var partial in Directory.EnumerateFiles(folder, "*.eml.part"))
        {
            if (File.GetLastWriteTimeUtc(partial) < nowUtc.AddMinutes(-1))
            {
                File.Delete(partial);
                removed++;
            }
        }

        if (removed > 0)
        {
            logger.LogInformation("Removed {Count} half-written messages from the mail pickup folder", removed);
        }

        return removed;
    }
}

/// <summary>Cleans the pickup folder of half-written messages once at start, when mail goes to the pickup folder.</summary>
internal sealed class PickupFolderCleanup(IMailSender mail, TimeProvider clock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (mail is PickupDirectoryMailSender pickup)
        {
            pickup.RemoveLeftovers(clock.GetUtcNow().UtcDateTime);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal sealed class SmtpMailSender(IOptions<MailOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient();
        await client.ConnectAsync(settings.SmtpHost!, settings.SmtpPort, settings.SmtpUseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
        if (!string.IsNullOrEmpty(settings.SmtpUserName))
        {
            await client.AuthenticateAsync(settings.SmtpUserName, settings.SmtpPassword ?? string.Empty, cancellationToken);
        }

        var message = MimeMail.Build(mail, settings);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        logger.LogInformation("Mail {MessageId} sent by SMTP", message.MessageId);
    }
}

public static class MailRegistration
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();
        services.AddSingleton<PickupDirectoryMailSender>();
        services.AddSingleton<SmtpMailSender>();
        services.AddHostedService<PickupFolderCleanup>();
        services.AddSingleton<IMailSender>(sp => sp.GetRequiredService<IOptions<MailOptions>>().Value.Mode == "Smtp"
            ? sp.GetRequiredService<SmtpMailSender>()
            : sp.GetRequiredService<PickupDirectoryMailSender>());
        return services;
    }
}
