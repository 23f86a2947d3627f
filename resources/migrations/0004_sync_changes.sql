-- Schema 4: sync-export to HQ.
-- sync_change is the workstation's change log: triggers append (table, key)
-- with the next sequence number in the same transaction as the change. An
-- append is the cheapest thing a trigger can do (no index on random keys, no
-- AUTOINCREMENT bookkeeping); the export reads each changed row's latest
-- version and gives one line per row however often it changed, then prunes
-- what an earlier package covered, always keeping the last entry so that
-- numbers keep increasing. The history needs no trigger: it is append-only
-- with its own increasing seq, and the export reads it from there.
CREATE TABLE sync_change (
    seq        INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL
);

-- Public keys: at HQ the registered workstation keys, on a workstation the HQ key.
CREATE TABLE sync_key (
    key_id         TEXT PRIMARY KEY CHECK (length(key_id) = 16),
    public_key     TEXT NOT NULL,
    purpose        TEXT NOT NULL CHECK (purpose IN ('workstation', 'hq')),
    center_code    TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    registered_at  TEXT NOT NULL,
    UNIQUE (purpose, workstation_id)
);

-- Every package applied to this store (HQ: workstation packages; workstation: HQ reference packages).
CREATE TABLE sync_import (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('rows', 'reference')),
    center_code    TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    seq_from       INTEGER NOT NULL,
    seq_to         INTEGER NOT NULL,
    is_full        INTEGER NOT NULL DEFAULT 0,
    payload_sha256 TEXT NOT NULL,
    history_head   TEXT NOT NULL,
    row_count      INTEGER NOT NULL,
    file_name      TEXT NOT NULL,
    imported_at    TEXT NOT NULL
);
CREATE INDEX sync_import_workstation ON sync_import(kind, workstation_id, seq_to);

-- At HQ: which workstation a consolidated row came from and the version
-- (or, for case_field, the updated_at) it had then; a row whose version
-- differs was changed at HQ, a row of another workstation is a conflict.
CREATE TABLE sync_origin (
    table_name     TEXT NOT NULL,
    row_key        TEXT NOT NULL,
    workstation_id TEXT NOT NULL,
    stamp          TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
) WITHOUT ROWID;

-- At HQ: the workstations' histories, each its own hash chain (checked on
-- import), apart from HQ's own `history` chain, which stays verifiable.
CREATE TABLE hq_history (
    workstation_id TEXT NOT NULL,
    seq            INTEGER NOT NULL,
    uuid           TEXT NOT NULL UNIQUE,
    subject_kind   TEXT NOT NULL,
    subject_uuid   TEXT NOT NULL,
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    kind           TEXT NOT NULL,
    detail         TEXT NOT NULL,
    prev_hash      TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash           TEXT NOT NULL CHECK (length(hash) = 64),
    PRIMARY KEY (workstation_id, seq)
) WITHOUT ROWID;
CREATE INDEX hq_history_subject ON hq_history(subject_kind, subject_uuid);
CREATE TRIGGER hq_history_refuses_update BEFORE UPDATE ON hq_history
BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;
CREATE TRIGGER hq_history_refuses_delete BEFORE DELETE ON hq_history
BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;

-- On a workstation: workflow and statutory rule tables and directives received from HQ.
CREATE TABLE sync_document (
    name        TEXT PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('workflow', 'statutory-rules', 'directive')),
    version     INTEGER NOT NULL,
    body        TEXT NOT NULL,
    received_at TEXT NOT NULL
);


-- app_user
CREATE TRIGGER sync_app_user_insert AFTER INSERT ON app_user
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('app_user', new.uuid);
END;
-- Password hashes and lockout counters are not synced: their changes are not captured.
CREATE TRIGGER sync_app_user_update AFTER UPDATE OF version, updated_at, name, display_name, disabled ON app_user
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('app_user', new.uuid);
END;
CREATE TRIGGER sync_app_user_delete AFTER DELETE ON app_user
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('app_user', old.uuid);
END;

-- role_assignment
CREATE TRIGGER sync_role_assignment_insert AFTER INSERT ON role_assignment
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('role_assignment', new.uuid);
END;
CREATE TRIGGER sync_role_assignment_update AFTER UPDATE ON role_assignment
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('role_assignment', new.uuid);
END;
CREATE TRIGGER sync_role_assignment_delete AFTER DELETE ON role_assignment
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('role_assignment', old.uuid);
END;

-- account
CREATE TRIGGER sync_account_insert AFTER INSERT ON account
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('account', new.uuid);
END;
CREATE TRIGGER sync_account_update AFTER UPDATE ON account
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('account', new.uuid);
END;
CREATE TRIGGER sync_account_delete AFTER DELETE ON account
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('account', old.uuid);
END;

-- account_contact
CREATE TRIGGER sync_account_contact_insert AFTER INSERT ON account_contact
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('account_contact', new.uuid);
END;
CREATE TRIGGER sync_account_contact_update AFTER UPDATE ON account_contact
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('account_contact', new.uuid);
END;
CREATE TRIGGER sync_account_contact_delete AFTER DELETE ON account_contact
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('account_contact', old.uuid);
END;

-- account_certification
CREATE TRIGGER sync_account_certification_insert AFTER INSERT ON account_certification
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('account_certification', new.uuid);
END;
CREATE TRIGGER sync_account_certification_update AFTER UPDATE ON account_certification
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('account_certification', new.uuid);
END;
CREATE TRIGGER sync_account_certification_delete AFTER DELETE ON account_certification
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('account_certification', old.uuid);
END;

-- partner_program
CREATE TRIGGER sync_partner_program_insert AFTER INSERT ON partner_program
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('partner_program', new.uuid);
END;
CREATE TRIGGER sync_partner_program_update AFTER UPDATE ON partner_program
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('partner_program', new.uuid);
END;
CREATE TRIGGER sync_partner_program_delete AFTER DELETE ON partner_program
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('partner_program', old.uuid);
END;

-- cases
CREATE TRIGGER sync_cases_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('cases', new.uuid);
END;
CREATE TRIGGER sync_cases_update AFTER UPDATE ON cases
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('cases', new.uuid);
END;
CREATE TRIGGER sync_cases_delete AFTER DELETE ON cases
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('cases', old.uuid);
END;

-- case_reference
CREATE TRIGGER sync_case_reference_insert AFTER INSERT ON case_reference
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('case_reference', new.uuid);
END;
CREATE TRIGGER sync_case_reference_update AFTER UPDATE ON case_reference
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('case_reference', new.uuid);
END;
CREATE TRIGGER sync_case_reference_delete AFTER DELETE ON case_reference
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('case_reference', old.uuid);
END;

-- case_link
CREATE TRIGGER sync_case_link_insert AFTER INSERT ON case_link
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('case_link', new.uuid);
END;
CREATE TRIGGER sync_case_link_update AFTER UPDATE ON case_link
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('case_link', new.uuid);
END;
CREATE TRIGGER sync_case_link_delete AFTER DELETE ON case_link
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('case_link', old.uuid);
END;

-- case_field
CREATE TRIGGER sync_case_field_insert AFTER INSERT ON case_field
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('case_field', new.case_uuid || '/' || new.name);
END;
CREATE TRIGGER sync_case_field_update AFTER UPDATE ON case_field
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('case_field', new.case_uuid || '/' || new.name);
END;
CREATE TRIGGER sync_case_field_delete AFTER DELETE ON case_field
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('case_field', old.case_uuid || '/' || old.name);
END;

-- clock
CREATE TRIGGER sync_clock_insert AFTER INSERT ON clock
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('clock', new.uuid);
END;
CREATE TRIGGER sync_clock_update AFTER UPDATE ON clock
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('clock', new.uuid);
END;
CREATE TRIGGER sync_clock_delete AFTER DELETE ON clock
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('clock', old.uuid);
END;

-- notification
CREATE TRIGGER sync_notification_insert AFTER INSERT ON notification
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('notification', new.uuid);
END;
CREATE TRIGGER sync_notification_update AFTER UPDATE ON notification
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('notification', new.uuid);
END;
CREATE TRIGGER sync_notification_delete AFTER DELETE ON notification
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('notification', old.uuid);
END;


-- Rows that exist before this migration go into the first package.
INSERT INTO sync_change(table_name, row_key) SELECT 'app_user', uuid FROM app_user ORDER BY rowid;
INSERT INTO sync_change(table_name, row_key) SELECT 'role_assignment', uuid FROM role_assignment ORDER BY rowid;
INSERT INTO sync_change(table_name, row_key) SELECT 'account', uuid FROM account ORDER BY rowid;
INSERT INTO sync_change(table_name, row_key) SELECT 'account_contact', uuid FROM account_contact ORDER BY rowid;
INSERT INTO sync_change(table_name, row_key) SELECT 'account_certification', uuid FROM account_certification ORDER BY rowid;
INSERT INTO sync_change(table_name, row_key) SELECT 'partner_program', uuid FROM partner_program ORDER BY rowid;
INSERT INTO sync_change(table_name, row_key) SELECT 'cases', uuid FROM cases ORDER BY rowid;
INSERT INTO sync_change(table_name, row_key) SELECT 'case_reference', uuid FROM case_reference ORDER BY rowid;
INSERT INTO sync_change(table_name, row_key) SELECT 'case_link', uuid FROM case_link ORDER BY rowid;
INSERT INTO sync_change(table_name, row_key) SELECT 'case_field', case_uuid || '/' || name FROM case_field ORDER BY case_uuid, name;
INSERT INTO sync_change(table_name, row_key) SELECT 'clock', uuid FROM clock ORDER BY rowid;
INSERT INTO sync_change(table_name, row_key) SELECT 'notification', uuid FROM notification ORDER BY rowid;
