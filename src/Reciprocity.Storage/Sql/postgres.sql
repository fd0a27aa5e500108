-- Reciprocity's schema for PostgreSQL: Orleans ADO.NET grain storage and ADO.NET clustering in one database.
-- Run at every start inside one transaction that holds an advisory lock, so hosts starting together take
-- turns. Every statement is idempotent, and the query rows are upserted so that an upgrade replaces them.
-- Grain state and membership rows are never touched here.
--
-- Grain storage binds: ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString (NULL when
-- the key has none), GrainIdHash and GrainTypeHash (not needed: the primary key is the natural key),
-- GrainStateVersion (the grain's ETag, NULL before its first write) and PayloadBinary for writes.
-- It expects back: PayloadBinary and Version from a read, NewGrainStateVersion from a write, and the new
-- version in the first column from a clear. No row, or the grain's own version back, means a conflict.
--
-- Clustering binds: DeploymentId (the cluster id), Address, Port, Generation (a silo), SiloName, HostName,
-- Status, ProxyPort, SuspectTimes, StartTime, IAmAliveTime and Version (the membership table's version).
-- Unquoted names fold to lower case; Npgsql matches the provider's column names without regard to case.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL PRIMARY KEY,
    QueryText text NOT NULL
);

CREATE TABLE IF NOT EXISTS ReciprocityGrainState
(
    ServiceId text NOT NULL,
    GrainType text NOT NULL,
    GrainIdN0 bigint NOT NULL,
    GrainIdN1 bigint NOT NULL,
    GrainIdExtension text NOT NULL,
    Payload bytea NULL,
    Version integer NOT NULL,
    ModifiedOn timestamptz NOT NULL,
    PRIMARY KEY (ServiceId, GrainType, GrainIdN0, GrainIdN1, GrainIdExtension)
);

-- One row per cluster: its version moves on every membership change, which is how silos agree.
CREATE TABLE IF NOT EXISTS ReciprocityMembershipVersion
(
    DeploymentId text NOT NULL PRIMARY KEY,
    Version integer NOT NULL DEFAULT 0,
    ModifiedOn timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS ReciprocityMembership
(
    DeploymentId text NOT NULL,
    Address text NOT NULL,
    Port integer NOT NULL,
    Generation integer NOT NULL,
    SiloName text NOT NULL,
    HostName text NOT NULL,
    Status integer NOT NULL,
    ProxyPort integer NOT NULL,
    SuspectTimes text NULL,
    StartTime timestamptz NOT NULL,
    IAmAliveTime timestamptz NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', $query$
SELECT Payload AS PayloadBinary, Version
FROM ReciprocityGrainState
WHERE ServiceId = @ServiceId AND GrainType = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtension = COALESCE(@GrainIdExtensionString, '');
$query$),
-- One upsert: a first write (no version) inserts version 1; a later write updates only the version it
-- read. A write with a version for a row that is gone selects nothing, so it reports a conflict.
('WriteToStorageKey', $query$
INSERT INTO ReciprocityGrainState AS s
    (ServiceId, GrainType, GrainIdN0, GrainIdN1, GrainIdExtension, Payload, Version, ModifiedOn)
SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString, ''),
       @PayloadBinary, 1, now()
WHERE @GrainStateVersion::integer IS NULL
   OR EXISTS (
       SELECT 1 FROM ReciprocityGrainState
       WHERE ServiceId = @ServiceId AND GrainType = @GrainTypeString
         AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
         AND GrainIdExtension = COALESCE(@GrainIdExtensionString, ''))
ON CONFLICT (ServiceId, GrainType, GrainIdN0, GrainIdN1, GrainIdExtension) DO UPDATE
SET Payload = EXCLUDED.Payload,
    Version = s.Version + 1,
    ModifiedOn = EXCLUDED.ModifiedOn
WHERE s.Version = @GrainStateVersion
RETURNING s.Version AS NewGrainStateVersion;
$query$),
('ClearStorageKey', $query$
UPDATE ReciprocityGrainState
SET Payload = NULL, Version = Version + 1, ModifiedOn = now()
WHERE ServiceId = @ServiceId AND GrainType = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtension = COALESCE(@GrainIdExtensionString, '')
  AND Version = @GrainStateVersion
RETURNING Version;
$query$),
-- Used only with DeleteStateOnClear; answers the next version so the provider sees no conflict.
('DeleteStorageKey', $query$
DELETE FROM ReciprocityGrainState
WHERE ServiceId = @ServiceId AND GrainType = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtension = COALESCE(@GrainIdExtensionString, '')
  AND Version = @GrainStateVersion
RETURNING Version + 1;
$query$),
('InsertMembershipVersionKey', $query$
WITH inserted AS (
    INSERT INTO ReciprocityMembershipVersion (DeploymentId) VALUES (@DeploymentId)
    ON CONFLICT (DeploymentId) DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted);
$query$),
-- Adds a silo only if the table is still at the version the silo read, moving the version on with it.
('InsertMembershipKey', $query$
WITH bumped AS (
    UPDATE ReciprocityMembershipVersion
    SET Version = Version + 1, ModifiedOn = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
      AND NOT EXISTS (
          SELECT 1 FROM ReciprocityMembership
          WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId
), inserted AS (
    INSERT INTO ReciprocityMembership
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    SELECT DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName, @Status, @ProxyPort,
           @StartTime, @IAmAliveTime
    FROM bumped
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM inserted);
$query$),
-- Changes a silo's row only if the table is still at the version the caller read, moving the version on.
('UpdateMembershipKey', $query$
WITH bumped AS (
    UPDATE ReciprocityMembershipVersion
    SET Version = Version + 1, ModifiedOn = now()
    WHERE DeploymentId = @DeploymentId AND Version = @Version
      AND EXISTS (
          SELECT 1 FROM ReciprocityMembership
          WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation)
    RETURNING DeploymentId
), updated AS (
    UPDATE ReciprocityMembership AS m
    SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
    FROM bumped
    WHERE m.DeploymentId = bumped.DeploymentId
      AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM updated);
$query$),
-- A heartbeat: no version change, as the provider's contract asks.
('UpdateIAmAlivetimeKey', $query$
UPDATE ReciprocityMembership
SET IAmAliveTime = @IAmAliveTime
WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation;
$query$),
-- The version row comes back even when no silo matches: the provider reads the table version from it.
('MembershipReadRowKey', $query$
SELECT m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes,
       m.StartTime, m.IAmAliveTime, v.Version
FROM ReciprocityMembershipVersion AS v
LEFT JOIN ReciprocityMembership AS m
    ON m.DeploymentId = v.DeploymentId
   AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
WHERE v.DeploymentId = @DeploymentId;
$query$),
('MembershipReadAllKey', $query$
SELECT m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort, m.SuspectTimes,
       m.StartTime, m.IAmAliveTime, v.Version
FROM ReciprocityMembershipVersion AS v
LEFT JOIN ReciprocityMembership AS m ON m.DeploymentId = v.DeploymentId
WHERE v.DeploymentId = @DeploymentId;
$query$),
('GatewaysQueryKey', $query$
SELECT Address, ProxyPort, Generation
FROM ReciprocityMembership
WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0;
$query$),
('DeleteMembershipTableEntriesKey', $query$
DELETE FROM ReciprocityMembership WHERE DeploymentId = @DeploymentId;
DELETE FROM ReciprocityMembershipVersion WHERE DeploymentId = @DeploymentId;
$query$),
-- Removes silos that stopped heartbeating before the cut-off, never an active one (status 3).
('CleanupDefunctSiloEntriesKey', $query$
DELETE FROM ReciprocityMembership
WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND Status <> 3;
$query$)
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
