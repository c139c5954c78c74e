IF OBJECT_ID(N'[aspirations].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'aspirations') IS NULL EXEC(N'CREATE SCHEMA [aspirations];');
    CREATE TABLE [aspirations].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035648_Initial'
)
BEGIN
    IF SCHEMA_ID(N'aspirations') IS NULL EXEC(N'CREATE SCHEMA [aspirations];');
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035648_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[DispatchAgencies] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [ShortName] nvarchar(60) NOT NULL,
        [IsActive] bit NOT NULL,
        [IsMainOffice] bit NOT NULL,
        [Categories] nvarchar(max) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_DispatchAgencies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035648_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(300) NOT NULL,
        [ProcessedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Consumer])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035648_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[OutboxMessages] (
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
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035648_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAt_NextAttemptAt] ON [aspirations].[OutboxMessages] ([ProcessedAt], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035648_Initial'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128035648_Initial', N'10.0.15');
END;

COMMIT;
GO

