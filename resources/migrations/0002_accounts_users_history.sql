-- Schema 2: users and role assignments, sign-in log, importer accounts with
-- contacts, certifications and partner programs, and the store's
-- append-only, hash-chained history.

CREATE TABLE app_user (
    uuid            TEXT PRIMARY KEY,
    version         INTEGER NOT NULL DEFAULT 1,
    updated_at      TEXT NOT NULL,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 2 AND 64),
    display_name    TEXT NOT NULL DEFAULT '',
    password_hash   TEXT NOT NULL CHECK (password_hash LIKE '$argon2id$%'),
    disabled        INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL
);

CREATE TABLE role_assignment (
    uuid        TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    user_uuid   TEXT NOT NULL REFERENCES app_user(uuid),
    role        TEXT NOT NULL CHECK (role IN ('center-staff', 'nam', 'port-official',
                                              'fpf-officer', 'hq-analyst', 'admin')),
    center_code TEXT REFERENCES center(code),
    port_code   TEXT REFERENCES port(code),
    CHECK ((role = 'center-staff') = (center_code IS NOT NULL)),
    CHECK ((role IN ('port-official', 'fpf-officer')) = (port_code IS NOT NULL)),
    UNIQUE (user_uuid, role, center_code, port_code)
);
CREATE INDEX role_assignment_user ON role_assignment(user_uuid);

CREATE TABLE session_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user_name TEXT NOT NULL,
    outcome   TEXT NOT NULL CHECK (outcome IN ('signed-in', 'wrong-password', 'locked',
                                               'disabled', 'unknown-user', 'signed-out')),
    detail    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_log_user ON session_log(user_name, at);

CREATE TABLE account (
    uuid           TEXT PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    name           TEXT NOT NULL CHECK (name <> ''),
    ior_number     TEXT NOT NULL UNIQUE,
    center_code    TEXT NOT NULL REFERENCES center(code),
    nam_user_uuid  TEXT REFERENCES app_user(uuid),
    size_class     TEXT NOT NULL CHECK (size_class IN ('small', 'medium', 'large')),
    exam_port_code TEXT REFERENCES port(code),
    exam_facility  TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL
);
CREATE INDEX account_center ON account(center_code, name);
CREATE INDEX account_nam ON account(nam_user_uuid, name);

CREATE TABLE account_contact (
    uuid                  TEXT PRIMARY KEY,
    version               INTEGER NOT NULL DEFAULT 1,
    updated_at            TEXT NOT NULL,
    account_uuid          TEXT NOT NULL REFERENCES account(uuid),
    name                  TEXT NOT NULL CHECK (name <> ''),
    role                  TEXT NOT NULL DEFAULT '',
    email                 TEXT NOT NULL DEFAULT '',
    phone                 TEXT NOT NULL DEFAULT '',
    is_problem_resolution INTEGER NOT NULL DEFAULT 0 CHECK (is_problem_resolution IN (0, 1))
);
CREATE INDEX account_contact_account ON account_contact(account_uuid);

CREATE TABLE account_certification (
    uuid         TEXT PRIMARY KEY,
    version      INTEGER NOT NULL DEFAULT 1,
    updated_at   TEXT NOT NULL,
    account_uuid TEXT NOT NULL REFERENCES account(uuid),
    kind         TEXT NOT NULL CHECK (kind <> ''),
    pga_code     TEXT REFERENCES pga(code),
    valid_from   TEXT NOT NULL,
    valid_to     TEXT,
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX account_certification_account ON account_certification(account_uuid);

CREATE TABLE partner_program (
    uuid           TEXT PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    account_uuid   TEXT NOT NULL REFERENCES account(uuid),
    program        TEXT NOT NULL CHECK (program IN ('ctpat', 'isa', 'participating',
                                                    'trusted-trader')),
    ctpat_tier     INTEGER CHECK (ctpat_tier IN (1, 2, 3)),
    effective_from TEXT NOT NULL,
    effective_to   TEXT,
    CHECK ((program = 'ctpat') = (ctpat_tier IS NOT NULL)),
    CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX partner_program_account ON partner_program(account_uuid, program, effective_from);

CREATE TABLE history (
    seq          INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    subject_kind TEXT NOT NULL CHECK (subject_kind IN ('account', 'user', 'case', 'store')),
    subject_uuid TEXT NOT NULL,
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    detail       TEXT NOT NULL,
    prev_hash    TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash         TEXT NOT NULL CHECK (length(hash) = 64)
);
CREATE INDEX history_subject ON history(subject_kind, subject_uuid, seq);

CREATE TRIGGER history_refuses_update BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;
CREATE TRIGGER history_refuses_delete BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'the history is append-only');
END;
