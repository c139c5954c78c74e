IF OBJECT_ID(N'[directory].[__EFMigrationsHistory]') IS NULL
BEGIN
    IF SCHEMA_ID(N'directory') IS NULL EXEC(N'CREATE SCHEMA [directory];');
    CREATE TABLE [directory].[__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035611_Initial'
)
BEGIN
    IF SCHEMA_ID(N'directory') IS NULL EXEC(N'CREATE SCHEMA [directory];');
END;

IF NOT EXISTS (
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035611_Initial'
)
BEGIN
    CREATE TABLE [directory].[Agencies] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [ShortName] nvarchar(60) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Address] nvarchar(300) NULL,
        [Phone] nvarchar(30) NULL,
        [Email] nvarchar(254) NULL,
        [Website] nvarchar(300) NULL,
        [IsActive] bit NOT NULL,
        [IsMainOffice] bit NOT NULL,
        [Categories] nvarchar(max) NOT NULL,
        [Version] int NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_Agencies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035611_Initial'
)
BEGIN
    CREATE TABLE [directory].[InboxMessages] (
        [MessageId] uniqueidentifier NOT NULL,
        [Consumer] nvarchar(300) NOT NULL,
        [ProcessedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_InboxMessages] PRIMARY KEY ([MessageId], [Consumer])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035611_Initial'
)
BEGIN
    CREATE TABLE [directory].[OutboxMessages] (
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
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035611_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Agencies_Code] ON [directory].[Agencies] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035611_Initial'
)
BEGIN
    CREATE INDEX [IX_Agencies_Name] ON [directory].[Agencies] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035611_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAt_NextAttemptAt] ON [directory].[OutboxMessages] ([ProcessedAt], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128035611_Initial'
)
BEGIN
    INSERT INTO [directory].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128035611_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043636_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [directory].[OutboxMessages] ADD [DeliveredTo] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043636_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [directory].[Agencies] ADD [RowVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [directory].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130043636_DeliveryStateAndRowVersions'
)
BEGIN
    INSERT INTO [directory].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130043636_DeliveryStateAndRowVersions', N'10.0.15');
END;

COMMIT;
GO

