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

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    DROP INDEX [IX_AspirationReopenings_AgencyId_ReopenedAt] ON [reports].[AspirationReopenings];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    DROP INDEX [IX_AspirationFacts_AgencyId_DispatchedAt] ON [reports].[AspirationFacts];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    DROP INDEX [IX_AspirationFacts_RespondingAgencyId_RespondedAt] ON [reports].[AspirationFacts];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    ALTER TABLE [reports].[AspirationFacts] ADD [FollowUpDueAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    ALTER TABLE [reports].[AspirationFacts] ADD [RatedAgencyId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    ALTER TABLE [reports].[AspirationFacts] ADD [ReportNumber] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    ALTER TABLE [reports].[AspirationFacts] ADD [Status] nvarchar(20) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    ALTER TABLE [reports].[AspirationFacts] ADD [StatusAt] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE TABLE [reports].[AgencyMonths] (
        [AgencyId] uniqueidentifier NOT NULL,
        [Month] int NOT NULL,
        [Submitted] int NOT NULL,
        [Received] int NOT NULL,
        [Answered] int NOT NULL,
        [AnsweredOnTime] int NOT NULL,
        [AnswerDays] nvarchar(2000) NOT NULL,
        [Reopened] int NOT NULL,
        [Ratings] int NOT NULL,
        [RatingSum] int NOT NULL,
        [RequestsReceived] int NOT NULL,
        [RequestsDecided] int NOT NULL,
        [RequestsOnTime] int NOT NULL,
        [RequestsGranted] int NOT NULL,
        [RequestsGrantedInPart] int NOT NULL,
        [RequestsRefused] int NOT NULL,
        [RequestsNotHeld] int NOT NULL,
        [ObjectionsFiled] int NOT NULL,
        [ObjectionsUpheld] int NOT NULL,
        CONSTRAINT [PK_AgencyMonths] PRIMARY KEY ([Month], [AgencyId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE TABLE [reports].[ObjectionFacts] (
        [ObjectionId] uniqueidentifier NOT NULL,
        [AgencyId] uniqueidentifier NULL,
        [FiledAt] datetime2 NULL,
        [DecidedAt] datetime2 NULL,
        [Outcome] nvarchar(20) NULL,
        CONSTRAINT [PK_ObjectionFacts] PRIMARY KEY ([ObjectionId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE TABLE [reports].[PendingFigures] (
        [Id] bigint NOT NULL IDENTITY,
        [Month] int NOT NULL,
        [EventAt] datetime2 NOT NULL,
        [RefreshedAt] datetime2 NULL,
        CONSTRAINT [PK_PendingFigures] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE TABLE [reports].[RequestFacts] (
        [RequestId] uniqueidentifier NOT NULL,
        [Number] nvarchar(60) NULL,
        [AgencyId] uniqueidentifier NULL,
        [RegisteredAt] datetime2 NULL,
        [DecidedAt] datetime2 NULL,
        [Outcome] nvarchar(20) NULL,
        [DecidedOnTime] bit NULL,
        [WorkingDaysTaken] int NULL,
        CONSTRAINT [PK_RequestFacts] PRIMARY KEY ([RequestId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_AspirationReopenings_ReopenedAt_AgencyId] ON [reports].[AspirationReopenings] ([ReopenedAt], [AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_AspirationFacts_DispatchedAt_AgencyId] ON [reports].[AspirationFacts] ([DispatchedAt], [AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_AspirationFacts_RatedAt_RatedAgencyId_Rating] ON [reports].[AspirationFacts] ([RatedAt], [RatedAgencyId], [Rating]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_AspirationFacts_RespondedAt_RespondingAgencyId_WorkingDaysToRespond_RespondedOnTime] ON [reports].[AspirationFacts] ([RespondedAt], [RespondingAgencyId], [WorkingDaysToRespond], [RespondedOnTime]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_AspirationFacts_Status_AgencyId_FollowUpDueAt] ON [reports].[AspirationFacts] ([Status], [AgencyId], [FollowUpDueAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_ObjectionFacts_DecidedAt_AgencyId_Outcome] ON [reports].[ObjectionFacts] ([DecidedAt], [AgencyId], [Outcome]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_ObjectionFacts_FiledAt_AgencyId] ON [reports].[ObjectionFacts] ([FiledAt], [AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_PendingFigures_RefreshedAt] ON [reports].[PendingFigures] ([RefreshedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_RequestFacts_DecidedAt_AgencyId_Outcome_DecidedOnTime] ON [reports].[RequestFacts] ([DecidedAt], [AgencyId], [Outcome], [DecidedOnTime]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    CREATE INDEX [IX_RequestFacts_RegisteredAt_AgencyId] ON [reports].[RequestFacts] ([RegisteredAt], [AgencyId]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    DELETE FROM [reports].[SourceReplays];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130161503_MonthlyFigures'
)
BEGIN
    INSERT INTO [reports].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130161503_MonthlyFigures', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    DROP INDEX [IX_RequestFacts_DecidedAt_AgencyId_Outcome_DecidedOnTime] ON [reports].[RequestFacts];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    DROP INDEX [IX_RequestFacts_RegisteredAt_AgencyId] ON [reports].[RequestFacts];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    DROP INDEX [IX_ObjectionFacts_DecidedAt_AgencyId_Outcome] ON [reports].[ObjectionFacts];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    DROP INDEX [IX_ObjectionFacts_FiledAt_AgencyId] ON [reports].[ObjectionFacts];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    DROP INDEX [IX_AspirationReopenings_ReopenedAt_AgencyId] ON [reports].[AspirationReopenings];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    DROP INDEX [IX_AspirationFacts_DispatchedAt_AgencyId] ON [reports].[AspirationFacts];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    DROP INDEX [IX_AspirationFacts_RatedAt_RatedAgencyId_Rating] ON [reports].[AspirationFacts];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    DROP INDEX [IX_AspirationFacts_RespondedAt_RespondingAgencyId_WorkingDaysToRespond_RespondedOnTime] ON [reports].[AspirationFacts];
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    ALTER TABLE [reports].[PendingFigures] ADD [AgencyId] uniqueidentifier NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    CREATE TABLE [reports].[LeaderReportsSent] (
        [UserId] uniqueidentifier NOT NULL,
        [Month] int NOT NULL,
        [SentAt] datetime2 NOT NULL,
        CONSTRAINT [PK_LeaderReportsSent] PRIMARY KEY ([UserId], [Month])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    CREATE TABLE [reports].[Recipients] (
        [UserId] uniqueidentifier NOT NULL,
        [Email] nvarchar(256) NOT NULL,
        [IsSupervisor] bit NOT NULL,
        [IsMainOffice] bit NOT NULL,
        [IsActive] bit NOT NULL,
        [AgencyIds] nvarchar(4000) NOT NULL,
        [ChangedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_Recipients] PRIMARY KEY ([UserId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    CREATE INDEX [IX_RequestFacts_AgencyId_DecidedAt_Outcome_DecidedOnTime] ON [reports].[RequestFacts] ([AgencyId], [DecidedAt], [Outcome], [DecidedOnTime]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    CREATE INDEX [IX_RequestFacts_AgencyId_RegisteredAt] ON [reports].[RequestFacts] ([AgencyId], [RegisteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    CREATE INDEX [IX_ObjectionFacts_AgencyId_DecidedAt_Outcome] ON [reports].[ObjectionFacts] ([AgencyId], [DecidedAt], [Outcome]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    CREATE INDEX [IX_ObjectionFacts_AgencyId_FiledAt] ON [reports].[ObjectionFacts] ([AgencyId], [FiledAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    CREATE INDEX [IX_AspirationReopenings_AgencyId_ReopenedAt] ON [reports].[AspirationReopenings] ([AgencyId], [ReopenedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    CREATE INDEX [IX_AspirationFacts_AgencyId_DispatchedAt] ON [reports].[AspirationFacts] ([AgencyId], [DispatchedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    CREATE INDEX [IX_AspirationFacts_RatedAgencyId_RatedAt_Rating] ON [reports].[AspirationFacts] ([RatedAgencyId], [RatedAt], [Rating]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    CREATE INDEX [IX_AspirationFacts_RespondingAgencyId_RespondedAt_WorkingDaysToRespond_RespondedOnTime] ON [reports].[AspirationFacts] ([RespondingAgencyId], [RespondedAt], [WorkingDaysToRespond], [RespondedOnTime]);
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130162938_LeaderReportsAndAgencyMonths'
)
BEGIN
    INSERT INTO [reports].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130162938_LeaderReportsAndAgencyMonths', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130190239_DipFreshness'
)
BEGIN
    CREATE TABLE [reports].[DipChecklist] (
        [Id] int NOT NULL,
        [Codes] nvarchar(4000) NOT NULL,
        [ChangedAt] datetime2 NOT NULL,
        CONSTRAINT [PK_DipChecklist] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130190239_DipFreshness'
)
BEGIN
    CREATE TABLE [reports].[DipUpdates] (
        [EntryId] uniqueidentifier NOT NULL,
        [At] datetime2 NOT NULL,
        [AgencyId] uniqueidentifier NOT NULL,
        [ChecklistCode] nvarchar(40) NULL,
        CONSTRAINT [PK_DipUpdates] PRIMARY KEY ([EntryId], [At])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130190239_DipFreshness'
)
BEGIN
    CREATE TABLE [reports].[DipWithdrawals] (
        [EntryId] uniqueidentifier NOT NULL,
        [At] datetime2 NOT NULL,
        CONSTRAINT [PK_DipWithdrawals] PRIMARY KEY ([EntryId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130190239_DipFreshness'
)
BEGIN
    DELETE FROM [reports].[SourceReplays] WHERE [Source] = N'ppid';
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130190239_DipFreshness'
)
BEGIN
    INSERT INTO [reports].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130190239_DipFreshness', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130191846_Holidays'
)
BEGIN
    CREATE TABLE [reports].[Holidays] (
        [Date] date NOT NULL,
        CONSTRAINT [PK_Holidays] PRIMARY KEY ([Date])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [reports].[__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261130191846_Holidays'
)
BEGIN
    INSERT INTO [reports].[__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261130191846_Holidays', N'10.0.15');
END;

COMMIT;
GO

