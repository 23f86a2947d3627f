-- Attachments of cases, kept in the store with their SHA-256 as they were
-- added (a legal record: never changed; a wrong one is superseded by a new
-- one and a comment). Indexes for the case list's usual orders.

CREATE TABLE attachment (
    uuid       TEXT PRIMARY KEY,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    case_uuid  TEXT NOT NULL REFERENCES cases(uuid),
    file_name  TEXT NOT NULL CHECK (file_name <> ''),
    size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
    sha256     TEXT NOT NULL CHECK (length(sha256) = 64),
    content    BLOB NOT NULL,
    added_by   TEXT NOT NULL,
    added_at   TEXT NOT NULL,
    CHECK (length(content) = size_bytes)
);
CREATE INDEX attachment_case ON attachment(case_uuid, added_at);
CREATE TRIGGER attachment_kept_as_added BEFORE UPDATE ON attachment
BEGIN
    SELECT RAISE(ABORT, 'attachments are kept as they were added');
END;
CREATE TRIGGER attachment_not_deleted BEFORE DELETE ON attachment
BEGIN
    SELECT RAISE(ABORT, 'attachments are kept as they were added');
END;

-- The case list's default order (newest first) and its usual sorts read the
-- first page from an index instead of sorting every case.
CREATE INDEX cases_opened ON cases(opened_at);
CREATE INDEX cases_type_opened ON cases(type, opened_at);
CREATE INDEX cases_state_opened ON cases(state, opened_at);
-- A Center's staff and a port's officials see their own cases, newest first.
CREATE INDEX cases_center_opened ON cases(center_code, opened_at);
CREATE INDEX cases_port_opened ON cases(port_code, opened_at);
-- Opening a case looks for the cases merged into it.
CREATE INDEX cases_merged_into ON cases(merged_into_uuid);
