-- Reciprocity's schema for SQLite: Orleans ADO.NET grain storage (one host, localhost clustering).
-- Run at every start inside one write transaction: every statement is idempotent, and the query rows are
-- upserted so that an upgrade replaces them. Grain state rows are never touched here.
--
-- The provider reads its statements from OrleansQuery and binds these parameters to them:
--   ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString (NULL when the key has none),
--   GrainIdHash and GrainTypeHash (not needed: the primary key is the natural key), GrainStateVersion
--   (the grain's ETag, NULL before its first write), and PayloadBinary for writes.
-- It expects back: PayloadBinary and Version from a read, NewGrainStateVersion from a write, and the new
-- version in the first column from a clear. No row, or the grain's own version back, means a conflict.
-- Query texts keep to one statement each and avoid string literals ('''' is the empty string).

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey TEXT NOT NULL PRIMARY KEY,
    QueryText TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS ReciprocityGrainState
(
    ServiceId TEXT NOT NULL,
    GrainType TEXT NOT NULL,
    GrainIdN0 INTEGER NOT NULL,
    GrainIdN1 INTEGER NOT NULL,
    GrainIdExtension TEXT NOT NULL,
    Payload BLOB NULL,
    Version INTEGER NOT NULL,
    ModifiedOn INTEGER NOT NULL,
    PRIMARY KEY (ServiceId, GrainType, GrainIdN0, GrainIdN1, GrainIdExtension)
) WITHOUT ROWID;

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', '
SELECT Payload AS PayloadBinary, Version
FROM ReciprocityGrainState
WHERE ServiceId = @ServiceId AND GrainType = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtension = IFNULL(@GrainIdExtensionString, '''');
'),
-- One upsert: a first write (no version) inserts version 1; a later write updates only the version it
-- read. A write with a version for a row that is gone selects nothing, so it reports a conflict.
('WriteToStorageKey', '
INSERT INTO ReciprocityGrainState
    (ServiceId, GrainType, GrainIdN0, GrainIdN1, GrainIdExtension, Payload, Version, ModifiedOn)
SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, IFNULL(@GrainIdExtensionString, ''''),
       @PayloadBinary, 1, unixepoch()
WHERE @GrainStateVersion IS NULL
   OR EXISTS (
       SELECT 1 FROM ReciprocityGrainState
       WHERE ServiceId = @ServiceId AND GrainType = @GrainTypeString
         AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
         AND GrainIdExtension = IFNULL(@GrainIdExtensionString, ''''))
ON CONFLICT (ServiceId, GrainType, GrainIdN0, GrainIdN1, GrainIdExtension) DO UPDATE
SET Payload = excluded.Payload,
    Version = ReciprocityGrainState.Version + 1,
    ModifiedOn = excluded.ModifiedOn
WHERE ReciprocityGrainState.Version = @GrainStateVersion
RETURNING Version AS NewGrainStateVersion;
'),
('ClearStorageKey', '
UPDATE ReciprocityGrainState
SET Payload = NULL, Version = Version + 1, ModifiedOn = unixepoch()
WHERE ServiceId = @ServiceId AND GrainType = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtension = IFNULL(@GrainIdExtensionString, '''')
  AND Version = @GrainStateVersion
RETURNING Version;
'),
-- Used only with DeleteStateOnClear; answers the next version so the provider sees no conflict.
('DeleteStorageKey', '
DELETE FROM ReciprocityGrainState
WHERE ServiceId = @ServiceId AND GrainType = @GrainTypeString
  AND GrainIdN0 = @GrainIdN0 AND GrainIdN1 = @GrainIdN1
  AND GrainIdExtension = IFNULL(@GrainIdExtensionString, '''')
  AND Version = @GrainStateVersion
RETURNING Version + 1;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
