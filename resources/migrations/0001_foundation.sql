-- Schema 1: store metadata and the reference tables (Centers, ports, PGAs).
PRAGMA application_id = 1128551252; -- 0x43445354, "CDST": marks the file as a CenterDesk store

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE port (
    code TEXT PRIMARY KEY CHECK (length(code) = 4 AND code GLOB '[0-9][0-9][0-9][0-9]'),
    name TEXT NOT NULL CHECK (name <> '')
) WITHOUT ROWID;

CREATE TABLE center (
    code           TEXT PRIMARY KEY CHECK (length(code) = 3),
    name           TEXT NOT NULL CHECK (name <> ''),
    office         TEXT NOT NULL,
    port_code      TEXT NOT NULL REFERENCES port(code) DEFERRABLE INITIALLY DEFERRED,
    time_zone      TEXT NOT NULL,
    business_open  TEXT NOT NULL DEFAULT '08:00' CHECK (business_open GLOB '[0-2][0-9]:[0-5][0-9]'),
    business_close TEXT NOT NULL DEFAULT '17:00' CHECK (business_close GLOB '[0-2][0-9]:[0-5][0-9]'),
    confidence     TEXT NOT NULL DEFAULT 'U' CHECK (confidence IN ('V', 'V2', 'U'))
) WITHOUT ROWID;

CREATE TABLE pga (
    code        TEXT PRIMARY KEY CHECK (code <> ''),
    name        TEXT NOT NULL CHECK (name <> ''),
    department  TEXT NOT NULL DEFAULT '',
    filing_code TEXT NOT NULL DEFAULT '',
    filing_code_confidence TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

INSERT INTO meta(key, value) VALUES ('reference_data_version', '0');
INSERT INTO meta(key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));
