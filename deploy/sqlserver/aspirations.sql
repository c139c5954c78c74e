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
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    IF SCHEMA_ID(N'aspirations') IS NULL EXEC(N'CREATE SCHEMA [aspirations];');
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[Categories] (
        [Code] nvarchar(60) NOT NULL,
        [NameId] nvarchar(120) NOT NULL,
        [NameEn] nvarchar(120) NOT NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_Categories] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
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
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[Holidays] (
        [Date] date NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [NameId] nvarchar(150) NOT NULL,
        [NameEn] nvarchar(150) NOT NULL,
        CONSTRAINT [PK_Holidays] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
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
    WHERE [MigrationId] = N'20261128054613_Initial'
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
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[ResponseTemplates] (
        [Id] uniqueidentifier NOT NULL,
        [AgencyId] uniqueidentifier NOT NULL,
        [Title] nvarchar(150) NOT NULL,
        [Body] nvarchar(max) NOT NULL,
        [CreatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_ResponseTemplates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[StaffMembers] (
        [UserId] uniqueidentifier NOT NULL,
        [FullName] nvarchar(150) NOT NULL,
        [Email] nvarchar(254) NOT NULL,
        [IsOfficer] bit NOT NULL,
        [IsSupervisor] bit NOT NULL,
        [ProvinceWide] bit NOT NULL,
        [IsActive] bit NOT NULL,
        [AgencyIds] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_StaffMembers] PRIMARY KEY ([UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[Submissions] (
        [Id] uniqueidentifier NOT NULL,
        [TrackingCode] nvarchar(13) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Title] nvarchar(150) NOT NULL,
        [Description] nvarchar(max) NOT NULL,
        [CategoryCode] nvarchar(60) NOT NULL,
        [Regency] nvarchar(60) NULL,
        [LocationText] nvarchar(300) NULL,
        [Latitude] float NULL,
        [Longitude] float NULL,
        [EventDate] date NULL,
        [Privacy] nvarchar(20) NOT NULL,
        [Channel] nvarchar(20) NOT NULL,
        [ReporterUserId] uniqueidentifier NULL,
        [ReporterName] nvarchar(150) NULL,
        [ReporterEmail] nvarchar(254) NULL,
        [ReporterPhone] nvarchar(30) NULL,
        [Status] nvarchar(40) NOT NULL,
        [AgencyId] uniqueidentifier NULL,
        [SuggestedAgencyId] uniqueidentifier NULL,
        [CreatedAt] datetime2 NOT NULL,
        [SubmittedAt] datetime2 NULL,
        [DueAt] datetime2 NULL,
        [ClosedAt] datetime2 NULL,
        [Rejection] nvarchar(30) NULL,
        [DuplicateOfId] uniqueidentifier NULL,
        [SupportCount] int NOT NULL,
        [AssignedOfficerId] uniqueidentifier NULL,
        [Rating] int NULL,
        [RatingComment] nvarchar(1000) NULL,
        [EmailConfirmationToken] nvarchar(64) NULL,
        CONSTRAINT [PK_Submissions] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[Supports] (
        [SubmissionId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [At] datetime2 NOT NULL,
        CONSTRAINT [PK_Supports] PRIMARY KEY ([SubmissionId], [UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[Attachments] (
        [Id] uniqueidentifier NOT NULL,
        [StorageKey] nvarchar(200) NOT NULL,
        [FileName] nvarchar(60) NOT NULL,
        [ContentType] nvarchar(60) NOT NULL,
        [Size] bigint NOT NULL,
        [FromAgency] bit NOT NULL,
        [At] datetime2 NOT NULL,
        [SubmissionId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_Attachments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Attachments_Submissions_SubmissionId] FOREIGN KEY ([SubmissionId]) REFERENCES [aspirations].[Submissions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE TABLE [aspirations].[TimelineEntries] (
        [Id] uniqueidentifier NOT NULL,
        [Sequence] int NOT NULL,
        [At] datetime2 NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [IsInternal] bit NOT NULL,
        [ActorId] uniqueidentifier NULL,
        [SubmissionId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_TimelineEntries] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_TimelineEntries_Submissions_SubmissionId] FOREIGN KEY ([SubmissionId]) REFERENCES [aspirations].[Submissions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE INDEX [IX_Attachments_SubmissionId] ON [aspirations].[Attachments] ([SubmissionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE INDEX [IX_OutboxMessages_ProcessedAt_NextAttemptAt] ON [aspirations].[OutboxMessages] ([ProcessedAt], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE INDEX [IX_ResponseTemplates_AgencyId] ON [aspirations].[ResponseTemplates] ([AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE INDEX [IX_Submissions_AgencyId_Status_CreatedAt_Id] ON [aspirations].[Submissions] ([AgencyId], [Status], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE INDEX [IX_Submissions_AssignedOfficerId_Status] ON [aspirations].[Submissions] ([AssignedOfficerId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE INDEX [IX_Submissions_CreatedAt_Id] ON [aspirations].[Submissions] ([CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE INDEX [IX_Submissions_Status_CreatedAt_Id] ON [aspirations].[Submissions] ([Status], [CreatedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE INDEX [IX_Submissions_Status_DueAt] ON [aspirations].[Submissions] ([Status], [DueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE INDEX [IX_Submissions_SubmittedAt_Id] ON [aspirations].[Submissions] ([SubmittedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Submissions_TrackingCode] ON [aspirations].[Submissions] ([TrackingCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    CREATE INDEX [IX_TimelineEntries_SubmissionId] ON [aspirations].[TimelineEntries] ([SubmissionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128054613_Initial'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128054613_Initial', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128064900_FeedVisibility'
)
BEGIN
    DROP INDEX [IX_Submissions_SubmittedAt_Id] ON [aspirations].[Submissions];
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128064900_FeedVisibility'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [Feed] nvarchar(10) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128064900_FeedVisibility'
)
BEGIN
    EXEC(N'UPDATE [aspirations].[Submissions] SET [Feed] = CASE WHEN [Privacy] <> ''Confidential'' AND [Status] IN (''Submitted'', ''Dispatched'', ''Responded'', ''Closed'') THEN ''Public'' ELSE ''Hidden'' END;');
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128064900_FeedVisibility'
)
BEGIN
    CREATE INDEX [IX_Submissions_Feed_SubmittedAt_Id] ON [aspirations].[Submissions] ([Feed], [SubmittedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128064900_FeedVisibility'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128064900_FeedVisibility', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261128085936_ReporterAsComplexType'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261128085936_ReporterAsComplexType', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    ALTER TABLE [aspirations].[TimelineEntries] ADD [AgencyId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    DROP INDEX [IX_Submissions_TrackingCode] ON [aspirations].[Submissions];
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[aspirations].[Submissions]') AND [c].[name] = N'TrackingCode');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [aspirations].[Submissions] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [aspirations].[Submissions] ALTER COLUMN [TrackingCode] nvarchar(20) NOT NULL;
    CREATE UNIQUE INDEX [IX_Submissions_TrackingCode] ON [aspirations].[Submissions] ([TrackingCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [Anonymous] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [Confidential] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [ContactShared] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [PublicDescription] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [PublicTitle] nvarchar(150) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [ReportNumber] nvarchar(20) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    EXEC(N'UPDATE [aspirations].[Submissions] SET
                    [Anonymous] = CASE WHEN [Privacy] = ''Anonymous'' THEN 1 ELSE 0 END,
                    [Confidential] = CASE WHEN [Privacy] = ''Confidential'' THEN 1 ELSE 0 END,
                    [ContactShared] = 0,
                    [Feed] = CASE WHEN [Privacy] <> ''Confidential'' AND [Status] IN (''Dispatched'', ''Responded'', ''Closed'') THEN ''Public'' ELSE ''Hidden'' END,
                    [AssignedOfficerId] = CASE WHEN [Status] = ''Submitted'' THEN NULL ELSE [AssignedOfficerId] END,
                    [ReportNumber] = ''LAP-'' + SUBSTRING(UPPER(REPLACE(CONVERT(nvarchar(36), [Id]), ''-'', )), 23, 5) + - + SUBSTRING(UPPER(REPLACE(CONVERT(nvarchar(36), [Id]), -, )), 28, 5);');
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[aspirations].[Submissions]') AND [c].[name] = N'Privacy');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [aspirations].[Submissions] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [aspirations].[Submissions] DROP COLUMN [Privacy];
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130041538_TwoPrivacyChoicesAndReportNumbers'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130041538_TwoPrivacyChoicesAndReportNumbers', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    DROP INDEX [IX_TimelineEntries_SubmissionId] ON [aspirations].[TimelineEntries];
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [aspirations].[TimelineEntries] ADD [IdempotencyKey] nvarchar(100) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [IdempotencyKey] nvarchar(150) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [RowVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [aspirations].[StaffMembers] ADD [RowVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [aspirations].[ResponseTemplates] ADD [RowVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [aspirations].[OutboxMessages] ADD [DeliveredTo] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [aspirations].[DispatchAgencies] ADD [RowVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    ALTER TABLE [aspirations].[Categories] ADD [RowVersion] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_TimelineEntries_SubmissionId_IdempotencyKey] ON [aspirations].[TimelineEntries] ([SubmissionId], [IdempotencyKey]) WHERE IdempotencyKey IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Submissions_IdempotencyKey] ON [aspirations].[Submissions] ([IdempotencyKey]) WHERE IdempotencyKey IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130063613_DeliveryStateAndRowVersions'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130063613_DeliveryStateAndRowVersions', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100035_InformationRequestNumber'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [InformationRequestNumber] nvarchar(60) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130100035_InformationRequestNumber'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130100035_InformationRequestNumber', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130111224_CalendarYears'
)
BEGIN
    CREATE TABLE [aspirations].[CalendarYears] (
        [Year] int NOT NULL,
        [ConfirmedAt] datetime2 NOT NULL,
        [ConfirmedBy] uniqueidentifier NOT NULL,
        [Days] int NOT NULL,
        CONSTRAINT [PK_CalendarYears] PRIMARY KEY ([Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130111224_CalendarYears'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130111224_CalendarYears', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130111754_DeadlineStart'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [DueFrom] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130111754_DeadlineStart'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130111754_DeadlineStart', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130115226_ReporterUserIdIndex'
)
BEGIN
    CREATE INDEX [IX_Submissions_ReporterUserId] ON [aspirations].[Submissions] ([ReporterUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130115226_ReporterUserIdIndex'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130115226_ReporterUserIdIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122616_TargetDateAndTimelineNotes'
)
BEGIN
    ALTER TABLE [aspirations].[TimelineEntries] ADD [Note] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122616_TargetDateAndTimelineNotes'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [TargetDate] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122616_TargetDateAndTimelineNotes'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [TargetReason] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130122616_TargetDateAndTimelineNotes'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130122616_TargetDateAndTimelineNotes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130123729_RespondedOnTime'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [RespondedAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130123729_RespondedOnTime'
)
BEGIN
    ALTER TABLE [aspirations].[Submissions] ADD [RespondedOnTime] bit NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130123729_RespondedOnTime'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_Submissions_RespondedAt] ON [aspirations].[Submissions] ([RespondedAt]) WHERE RespondedAt IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130123729_RespondedOnTime'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130123729_RespondedOnTime', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130133857_StaffNotices'
)
BEGIN
    ALTER TABLE [aspirations].[StaffMembers] ADD [NoticeDelivery] nvarchar(20) NOT NULL DEFAULT N'Immediate';
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130133857_StaffNotices'
)
BEGIN
    CREATE TABLE [aspirations].[StaffNotices] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [SubmissionId] uniqueidentifier NOT NULL,
        [ReportNumber] nvarchar(30) NOT NULL,
        [Title] nvarchar(150) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [DueAt] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [ReadAt] datetime2 NULL,
        [MailedAt] datetime2 NULL,
        CONSTRAINT [PK_StaffNotices] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130133857_StaffNotices'
)
BEGIN
    CREATE INDEX [IX_StaffNotices_MailedAt] ON [aspirations].[StaffNotices] ([MailedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130133857_StaffNotices'
)
BEGIN
    CREATE INDEX [IX_StaffNotices_SubmissionId_Kind] ON [aspirations].[StaffNotices] ([SubmissionId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130133857_StaffNotices'
)
BEGIN
    CREATE INDEX [IX_StaffNotices_UserId_ReadAt] ON [aspirations].[StaffNotices] ([UserId], [ReadAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130133857_StaffNotices'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130133857_StaffNotices', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130171315_TimelineBySubmission'
)
BEGIN
    CREATE INDEX [IX_TimelineEntries_SubmissionId_Sequence] ON [aspirations].[TimelineEntries] ([SubmissionId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [aspirations].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130171315_TimelineBySubmission'
)
BEGIN
    INSERT INTO [aspirations].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130171315_TimelineBySubmission', N'10.0.15');
END;

COMMIT;
GO

