IF OBJECT_ID(N'[reports].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'reports') IS NULL EXEC(N'CREATE SCHEMA [reports];');
    CREATE TABLE [reports].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    IF SCHEMA_ID(N'reports') IS NULL EXEC(N'CREATE SCHEMA [reports];');
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE TABLE [reports].[Agencies] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Agencies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE TABLE [reports].[AspirationFacts] (
        [SubmissionId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NULL,
        [CategoryCode] nvarchar(60) NULL,
        [SubmittedAt] datetime2 NULL,
        [AgencyId] uniqueidentifier NULL,
        [DispatchedAt] datetime2 NULL,
        [RespondingAgencyId] uniqueidentifier NULL,
        [RespondedAt] datetime2 NULL,
        [RespondedOnTime] bit NULL,
        [WorkingDaysToRespond] int NULL,
        [ClosedAt] datetime2 NULL,
        [Outcome] nvarchar(20) NULL,
        [Rating] int NULL,
        [RatedAt] datetime2 NULL,
        CONSTRAINT [PK_AspirationFacts] PRIMARY KEY ([SubmissionId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE TABLE [reports].[AspirationReopenings] (
        [SubmissionId] uniqueidentifier NOT NULL,
        [ReopenedAt] datetime2 NOT NULL,
        [AgencyId] uniqueidentifier NULL,
        CONSTRAINT [PK_AspirationReopenings] PRIMARY KEY ([SubmissionId], [ReopenedAt])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE TABLE [reports].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(300) NOT NULL,
        [ProcessedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Consumer])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE TABLE [reports].[OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [Type] nvarchar(500) NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [ProcessedAt] datetime2 NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [LastError] nvarchar(2000) NULL,
        [DeliveredTo] nvarchar(2000) NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE TABLE [reports].[SourceReplays] (
        [Source] nvarchar(40) NOT NULL,
        [ReplayId] uniqueidentifier NOT NULL,
        [RequestedAt] datetime2 NOT NULL,
        [CompletedAt] datetime2 NULL,
        [Events] int NOT NULL,
        CONSTRAINT [PK_SourceReplays] PRIMARY KEY ([Source])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE INDEX [IX_AspirationFacts_AgencyId_DispatchedAt] ON [reports].[AspirationFacts] ([AgencyId], [DispatchedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE INDEX [IX_AspirationFacts_RespondingAgencyId_RespondedAt] ON [reports].[AspirationFacts] ([RespondingAgencyId], [RespondedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE INDEX [IX_AspirationFacts_SubmittedAt] ON [reports].[AspirationFacts] ([SubmittedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE INDEX [IX_AspirationReopenings_AgencyId_ReopenedAt] ON [reports].[AspirationReopenings] ([AgencyId], [ReopenedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAt_NextAttemptAt] ON [reports].[OutboxMessages] ([ProcessedAt], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130145153_Initial'
)
BEGIN
    INSERT INTO [reports].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130145153_Initial', N'10.0.15');
END;

COMMIT;
GO

