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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE TABLE [ppid].[Agencies] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(40) NOT NULL,
        [Name] nvarchar(300) NOT NULL,
        [ShortName] nvarchar(100) NOT NULL,
        [IsActive] bit NOT NULL,
        [IsMainOffice] bit NOT NULL,
        [Version] int NOT NULL,
        [RowVersion] int NOT NULL,
        CONSTRAINT [PK_Agencies] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE TABLE [ppid].[ChecklistItems] (
        [Code] nvarchar(40) NOT NULL,
        [Order] int NOT NULL,
        [TitleId] nvarchar(300) NOT NULL,
        [TitleEn] nvarchar(300) NOT NULL,
        [IsActive] bit NOT NULL,
        CONSTRAINT [PK_ChecklistItems] PRIMARY KEY ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE TABLE [ppid].[Entries] (
        [Id] uniqueidentifier NOT NULL,
        [AgencyId] uniqueidentifier NOT NULL,
        [NumberYear] int NOT NULL,
        [Sequence] int NOT NULL,
        [Number] nvarchar(60) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Summary] nvarchar(4000) NOT NULL,
        [Category] nvarchar(20) NOT NULL,
        [HoldingUnit] nvarchar(200) NOT NULL,
        [PersonResponsible] nvarchar(200) NOT NULL,
        [MadeWhen] nvarchar(100) NULL,
        [MadeWhere] nvarchar(200) NULL,
        [Form] nvarchar(20) NOT NULL,
        [RetentionPeriod] nvarchar(100) NOT NULL,
        [Year] int NOT NULL,
        [Tags] nvarchar(max) NOT NULL,
        [Links] nvarchar(max) NOT NULL,
        [ChecklistCode] nvarchar(40) NULL,
        [Status] nvarchar(20) NOT NULL,
        [ExemptionGround] nvarchar(10) NULL,
        [ExemptionHarm] nvarchar(4000) NULL,
        [ExemptionPublicInterest] nvarchar(4000) NULL,
        [ExemptUntil] date NULL,
        [ExemptionDecidedBy] nvarchar(200) NULL,
        [ExemptionDecidedOn] date NULL,
        [WithdrawalReason] nvarchar(1000) NULL,
        [AnnouncedUntil] datetime2 NULL,
        [CreatedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [PublishedAt] datetime2 NULL,
        [RowVersion] int NOT NULL,
        CONSTRAINT [PK_Entries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE TABLE [ppid].[FreshnessNotices] (
        [EntryId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [ForUpdatedAt] datetime2 NOT NULL,
        [SentAt] datetime2 NOT NULL,
        CONSTRAINT [PK_FreshnessNotices] PRIMARY KEY ([EntryId], [Kind], [ForUpdatedAt])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE TABLE [ppid].[Officers] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [IsActive] bit NOT NULL,
        [AgencyIds] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_Officers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE TABLE [ppid].[Pages] (
        [AgencyId] uniqueidentifier NOT NULL,
        [Slug] nvarchar(20) NOT NULL,
        [DraftMarkdown] nvarchar(max) NOT NULL,
        [PublishedHtml] nvarchar(max) NULL,
        [UpdatedAt] datetime2 NOT NULL,
        [PublishedAt] datetime2 NULL,
        CONSTRAINT [PK_Pages] PRIMARY KEY ([AgencyId], [Slug])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE TABLE [ppid].[PublicEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [EntryId] uniqueidentifier NOT NULL,
        [AgencyId] uniqueidentifier NOT NULL,
        [AgencyCode] nvarchar(40) NOT NULL,
        [AgencyName] nvarchar(300) NOT NULL,
        [Number] nvarchar(60) NOT NULL,
        [Category] nvarchar(20) NOT NULL,
        [Year] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Summary] nvarchar(4000) NOT NULL,
        [Tags] nvarchar(492) NOT NULL,
        [DocumentText] nvarchar(max) NOT NULL,
        [PublishedAt] datetime2 NOT NULL,
        [UpdatedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_PublicEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE TABLE [ppid].[EntryDocuments] (
        [Id] uniqueidentifier NOT NULL,
        [Series] int NOT NULL,
        [Version] int NOT NULL,
        [FileName] nvarchar(160) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [Text] nvarchar(max) NOT NULL,
        [UploadedAt] datetime2 NOT NULL,
        [StorageKey] nvarchar(200) NOT NULL,
        [EntryId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_EntryDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EntryDocuments_Entries_EntryId] FOREIGN KEY ([EntryId]) REFERENCES [ppid].[Entries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE TABLE [ppid].[EntryHistory] (
        [Sequence] int NOT NULL,
        [EntryId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [By] uniqueidentifier NOT NULL,
        [Note] nvarchar(1000) NULL,
        [At] datetime2 NOT NULL,
        CONSTRAINT [PK_EntryHistory] PRIMARY KEY ([EntryId], [Sequence]),
        CONSTRAINT [FK_EntryHistory_Entries_EntryId] FOREIGN KEY ([EntryId]) REFERENCES [ppid].[Entries] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE INDEX [IX_Agencies_Code] ON [ppid].[Agencies] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Entries_AgencyId_NumberYear_Sequence] ON [ppid].[Entries] ([AgencyId], [NumberYear], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE INDEX [IX_Entries_AgencyId_Status_UpdatedAt] ON [ppid].[Entries] ([AgencyId], [Status], [UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE INDEX [IX_Entries_ChecklistCode_AgencyId] ON [ppid].[Entries] ([ChecklistCode], [AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE INDEX [IX_Entries_Status_UpdatedAt] ON [ppid].[Entries] ([Status], [UpdatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE INDEX [IX_EntryDocuments_EntryId] ON [ppid].[EntryDocuments] ([EntryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE INDEX [IX_PublicEntries_AgencyCode_Category_Year] ON [ppid].[PublicEntries] ([AgencyCode], [Category], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE INDEX [IX_PublicEntries_AgencyCode_PublishedAt_Id] ON [ppid].[PublicEntries] ([AgencyCode], [PublishedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE UNIQUE INDEX [IX_PublicEntries_EntryId] ON [ppid].[PublicEntries] ([EntryId]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE INDEX [IX_PublicEntries_Id_AgencyCode_Category_Year] ON [ppid].[PublicEntries] ([Id], [AgencyCode], [Category], [Year]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE INDEX [IX_PublicEntries_PublishedAt_Id] ON [ppid].[PublicEntries] ([PublishedAt], [Id]);
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = 'ppid_register')
        CREATE FULLTEXT CATALOG [ppid_register];
END;
GO

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    CREATE FULLTEXT INDEX ON [ppid].[PublicEntries] ([Title], [Summary], [Tags], [DocumentText])
        KEY INDEX [PK_PublicEntries] ON [ppid_register] WITH CHANGE_TRACKING AUTO;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130083654_InformationRegister'
)
BEGIN
    INSERT INTO [ppid].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130083654_InformationRegister', N'10.0.15');
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    ALTER TABLE [ppid].[Officers] ADD [IsOfficer] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    UPDATE [ppid].[Officers] SET [IsOfficer] = [IsActive];
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    ALTER TABLE [ppid].[Officers] ADD [IsSupervisor] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    ALTER TABLE [ppid].[Officers] ADD [ProvinceWide] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE TABLE [ppid].[Holidays] (
        [Date] date NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [NameId] nvarchar(150) NOT NULL,
        [NameEn] nvarchar(150) NOT NULL,
        CONSTRAINT [PK_Holidays] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE TABLE [ppid].[Requests] (
        [Id] uniqueidentifier NOT NULL,
        [NumberAgencyId] uniqueidentifier NOT NULL,
        [NumberYear] int NOT NULL,
        [Sequence] int NOT NULL,
        [Number] nvarchar(60) NOT NULL,
        [AgencyId] uniqueidentifier NOT NULL,
        [AccessCodeHash] nvarchar(64) NOT NULL,
        [IdempotencyKey] nvarchar(150) NULL,
        [ReceiptCodeProtected] nvarchar(600) NULL,
        [ReceiptCodeKeptUntil] datetime2 NULL,
        [ApplicantKind] nvarchar(20) NOT NULL,
        [ApplicantName] nvarchar(200) NOT NULL,
        [ApplicantIdentityNumber] nvarchar(40) NULL,
        [ApplicantAddress] nvarchar(500) NULL,
        [ApplicantOccupation] nvarchar(100) NULL,
        [ApplicantPhone] nvarchar(30) NULL,
        [ApplicantEmail] nvarchar(254) NULL,
        [ApplicantUserId] uniqueidentifier NULL,
        [ApplicantScanKey] nvarchar(200) NULL,
        [ApplicantScanContentType] nvarchar(100) NULL,
        [ApplicantScanDeletedAt] datetime2 NULL,
        [ApplicantHiddenFromAgency] bit NOT NULL,
        [InformationWanted] nvarchar(4000) NOT NULL,
        [Purpose] nvarchar(2000) NOT NULL,
        [Obtain] nvarchar(20) NOT NULL,
        [Delivery] nvarchar(20) NOT NULL,
        [PublicArchive] bit NOT NULL,
        [Channel] nvarchar(20) NOT NULL,
        [SourceSubmissionId] uniqueidentifier NULL,
        [SourceReportNumber] nvarchar(40) NULL,
        [ReceivedAt] datetime2 NOT NULL,
        [ReceivedOn] date NOT NULL,
        [DueOn] date NOT NULL,
        [ExtensionReason] nvarchar(2000) NULL,
        [Status] nvarchar(20) NOT NULL,
        [Outcome] nvarchar(20) NULL,
        [DecisionText] nvarchar(max) NULL,
        [Redactions] nvarchar(2000) NULL,
        [ExemptionGround] nvarchar(10) NULL,
        [ConsequenceTest] nvarchar(max) NULL,
        [HoldingBody] nvarchar(300) NULL,
        [Fee] decimal(14,2) NOT NULL,
        [FeeNote] nvarchar(2000) NULL,
        [FeePaidAt] datetime2 NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedOn] date NULL,
        [ClosedAt] datetime2 NULL,
        [DocumentLinkHash] nvarchar(64) NULL,
        [DocumentLinkExpiresAt] datetime2 NULL,
        [RemindedForDueOn] date NULL,
        [OverdueReportedForDueOn] date NULL,
        [RowVersion] int NOT NULL,
        CONSTRAINT [PK_Requests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE TABLE [ppid].[Objections] (
        [Id] uniqueidentifier NOT NULL,
        [RequestId] uniqueidentifier NOT NULL,
        [AgencyId] uniqueidentifier NOT NULL,
        [NumberYear] int NOT NULL,
        [Sequence] int NOT NULL,
        [Number] nvarchar(60) NOT NULL,
        [Ground] nvarchar(10) NOT NULL,
        [Reasons] nvarchar(2000) NOT NULL,
        [FiledAt] datetime2 NOT NULL,
        [FiledOn] date NOT NULL,
        [DueOn] date NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [Outcome] nvarchar(20) NULL,
        [DecisionText] nvarchar(max) NULL,
        [DecidedBy] nvarchar(200) NULL,
        [DecidedAt] datetime2 NULL,
        [DecidedOn] date NULL,
        [CommissionDeadline] date NULL,
        [NoticeHtml] nvarchar(max) NULL,
        [RowVersion] int NOT NULL,
        CONSTRAINT [PK_Objections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Objections_Requests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [ppid].[Requests] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE TABLE [ppid].[RequestDocuments] (
        [Id] uniqueidentifier NOT NULL,
        [FileName] nvarchar(160) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Size] bigint NOT NULL,
        [StorageKey] nvarchar(200) NOT NULL,
        [RequestId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_RequestDocuments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RequestDocuments_Requests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [ppid].[Requests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE TABLE [ppid].[RequestNotices] (
        [Sequence] int NOT NULL,
        [RequestId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Number] nvarchar(80) NOT NULL,
        [IssuedAt] datetime2 NOT NULL,
        [SignedBy] nvarchar(200) NOT NULL,
        [Html] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_RequestNotices] PRIMARY KEY ([RequestId], [Sequence]),
        CONSTRAINT [FK_RequestNotices_Requests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [ppid].[Requests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE TABLE [ppid].[RequestSteps] (
        [Sequence] int NOT NULL,
        [RequestId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [At] datetime2 NOT NULL,
        [Text] nvarchar(2200) NOT NULL,
        [By] uniqueidentifier NULL,
        CONSTRAINT [PK_RequestSteps] PRIMARY KEY ([RequestId], [Sequence]),
        CONSTRAINT [FK_RequestSteps_Requests_RequestId] FOREIGN KEY ([RequestId]) REFERENCES [ppid].[Requests] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Objections_AgencyId_NumberYear_Sequence] ON [ppid].[Objections] ([AgencyId], [NumberYear], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE INDEX [IX_Objections_RequestId] ON [ppid].[Objections] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE INDEX [IX_Objections_Status_DueOn] ON [ppid].[Objections] ([Status], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE INDEX [IX_RequestDocuments_RequestId] ON [ppid].[RequestDocuments] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE INDEX [IX_Requests_AgencyId_Status_DueOn] ON [ppid].[Requests] ([AgencyId], [Status], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE INDEX [IX_Requests_ApplicantUserId] ON [ppid].[Requests] ([ApplicantUserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Requests_IdempotencyKey] ON [ppid].[Requests] ([IdempotencyKey]) WHERE IdempotencyKey IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Requests_Number] ON [ppid].[Requests] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Requests_NumberAgencyId_NumberYear_Sequence] ON [ppid].[Requests] ([NumberAgencyId], [NumberYear], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Requests_SourceSubmissionId] ON [ppid].[Requests] ([SourceSubmissionId]) WHERE SourceSubmissionId IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    CREATE INDEX [IX_Requests_Status_DueOn] ON [ppid].[Requests] ([Status], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130105331_InformationRequests'
)
BEGIN
    INSERT INTO [ppid].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130105331_InformationRequests', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130215826_RegisterBrowseIndexes'
)
BEGIN
    DROP INDEX [IX_PublicEntries_AgencyCode_Category_Year] ON [ppid].[PublicEntries];
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130215826_RegisterBrowseIndexes'
)
BEGIN
    CREATE INDEX [IX_PublicEntries_AgencyCode_Year_PublishedAt_Id] ON [ppid].[PublicEntries] ([AgencyCode], [Year], [PublishedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130215826_RegisterBrowseIndexes'
)
BEGIN
    CREATE INDEX [IX_PublicEntries_Category_PublishedAt_Id] ON [ppid].[PublicEntries] ([Category], [PublishedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130215826_RegisterBrowseIndexes'
)
BEGIN
    CREATE INDEX [IX_PublicEntries_Year_PublishedAt_Id] ON [ppid].[PublicEntries] ([Year], [PublishedAt], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [ppid].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130215826_RegisterBrowseIndexes'
)
BEGIN
    INSERT INTO [ppid].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130215826_RegisterBrowseIndexes', N'10.0.15');
END;

COMMIT;
GO

