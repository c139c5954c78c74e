IF OBJECT_ID(N'[ppid].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'ppid') IS NULL EXEC(N'CREATE SCHEMA [ppid];');
    CREATE TABLE [ppid].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035709_Initial'
)
BEGIN
    IF SCHEMA_ID(N'ppid') IS NULL EXEC(N'CREATE SCHEMA [ppid];');
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035709_Initial'
)
BEGIN
    CREATE TABLE [ppid].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(300) NOT NULL,
        [ProcessedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Consumer])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035709_Initial'
)
BEGIN
    CREATE TABLE [ppid].[OutboxMessages] (
        [Id] uniqueidentifier NOT NULL,
        [Type] nvarchar(500) NOT NULL,
        [Content] nvarchar(max) NOT NULL,
        [OccurredAt] datetime2 NOT NULL,
        [ProcessedAt] datetime2 NULL,
        [Attempts] int NOT NULL,
        [NextAttemptAt] datetime2 NOT NULL,
        [LastError] nvarchar(2000) NULL,
        CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035709_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAt_NextAttemptAt] ON [ppid].[OutboxMessages] ([ProcessedAt], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035709_Initial'
)
BEGIN
    INSERT INTO [ppid].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128035709_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043725_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [ppid].[OutboxMessages] ADD [DeliveredTo] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043725_DeliveryStateAndRowVersions'
)
BEGIN
    INSERT INTO [ppid].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130043725_DeliveryStateAndRowVersions', N'10.0.15');
END;

COMMIT;
GO

