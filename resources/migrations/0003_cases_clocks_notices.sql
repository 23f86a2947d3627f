-- Schema 3: cases with their references, links and fields; clocks;
-- notifications (status notices to the trade and alerts to staff);
-- service-level policies; Center closures; full-text search.

CREATE TABLE center_closure (
    uuid        TEXT PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL,
    center_code TEXT NOT NULL REFERENCES center(code),
    day         TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    reason      TEXT NOT NULL CHECK (reason <> ''),
    UNIQUE (center_code, day)
);

-- Targets in business minutes of the Center's hours; one row per case type and tier.
CREATE TABLE service_level (
    case_type              TEXT NOT NULL,
    tier                   TEXT NOT NULL CHECK (tier IN ('standard', 'participating', 'ctpat', 'isa',
                                                         'trusted-trader')),
    first_response_minutes INTEGER NOT NULL CHECK (first_response_minutes > 0),
    resolution_minutes     INTEGER NOT NULL CHECK (resolution_minutes > 0),
    auto_escalate          INTEGER NOT NULL DEFAULT 0 CHECK (auto_escalate IN (0, 1)),
    updated_at             TEXT NOT NULL,
    PRIMARY KEY (case_type, tier)
) WITHOUT ROWID;

CREATE TABLE case_number (
    center_code TEXT NOT NULL,
    year        INTEGER NOT NULL,
    last_serial INTEGER NOT NULL,
    PRIMARY KEY (center_code, year)
) WITHOUT ROWID;

CREATE TABLE cases (
    uuid             TEXT PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT NOT NULL,
    number           TEXT NOT NULL UNIQUE,
    type             TEXT NOT NULL,
    account_uuid     TEXT NOT NULL REFERENCES account(uuid),
    center_code      TEXT NOT NULL REFERENCES center(code),
    port_code        TEXT REFERENCES port(code),
    subject          TEXT NOT NULL CHECK (subject <> ''),
    description      TEXT NOT NULL DEFAULT '',
    state            TEXT NOT NULL,
    state_category   TEXT NOT NULL CHECK (state_category IN ('open', 'waiting-on-trade',
                         'waiting-on-agency', 'escalated', 'resolved', 'closed')),
    priority         TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
    assignee_uuid    TEXT REFERENCES app_user(uuid),
    escalation_level TEXT NOT NULL DEFAULT 'center' CHECK (escalation_level IN ('port', 'center',
                         'ofo-hq', 'rr-hq', 'fpf-hq', 'biec')),
    opened_at        TEXT NOT NULL,
    closed_at        TEXT,
    outcome          TEXT NOT NULL DEFAULT '',
    parent_uuid      TEXT REFERENCES cases(uuid),
    merged_into_uuid TEXT REFERENCES cases(uuid),
    created_by_uuid  TEXT REFERENCES app_user(uuid)
);
CREATE INDEX cases_center_state ON cases(center_code, state_category, opened_at);
CREATE INDEX cases_assignee ON cases(assignee_uuid, state_category);
CREATE INDEX cases_account ON cases(account_uuid, opened_at);
CREATE INDEX cases_port ON cases(port_code, state_category);
CREATE INDEX cases_parent ON cases(parent_uuid);
CREATE INDEX cases_escalation ON cases(escalation_level, state_category);

CREATE TABLE case_reference (
    uuid       TEXT PRIMARY KEY,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    case_uuid  TEXT NOT NULL REFERENCES cases(uuid),
    kind       TEXT NOT NULL CHECK (kind IN ('entry', 'hts', 'ruling', 'protest', 'pga', 'ftz')),
    value      TEXT NOT NULL CHECK (value <> ''),
    UNIQUE (case_uuid, kind, value)
);
CREATE INDEX case_reference_value ON case_reference(kind, value);

CREATE TABLE case_link (
    uuid       TEXT PRIMARY KEY,
    version    INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT NOT NULL,
    case_uuid  TEXT NOT NULL REFERENCES cases(uuid),
    other_uuid TEXT NOT NULL REFERENCES cases(uuid),
    kind       TEXT NOT NULL CHECK (kind IN ('related', 'duplicate')),
    CHECK (case_uuid <> other_uuid),
    UNIQUE (case_uuid, other_uuid)
);
CREATE INDEX case_link_other ON case_link(other_uuid);

-- Values that workflow transitions require (recommendation, port decision, Center input, ...).
CREATE TABLE case_field (
    case_uuid  TEXT NOT NULL REFERENCES cases(uuid),
    name       TEXT NOT NULL,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (case_uuid, name)
) WITHOUT ROWID;

-- A clock per case and kind. Service-level clocks count business minutes:
-- consumed_minutes up to running_since, then running (NULL when paused).
-- Statutory clocks are calendar dates (due_at holds the due date's end).
CREATE TABLE clock (
    uuid             TEXT PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    updated_at       TEXT NOT NULL,
    case_uuid        TEXT NOT NULL REFERENCES cases(uuid),
    kind             TEXT NOT NULL CHECK (kind IN ('first-response', 'resolution', 'acknowledgement',
                                                   'center-input', 'statutory')),
    rule_id          TEXT NOT NULL DEFAULT '',
    target_minutes   INTEGER NOT NULL DEFAULT 0,
    consumed_minutes INTEGER NOT NULL DEFAULT 0,
    started_at       TEXT NOT NULL,
    running_since    TEXT,
    warn_at          TEXT,
    due_at           TEXT,
    stopped_at       TEXT,
    state            TEXT NOT NULL CHECK (state IN ('on-track', 'warning', 'breached', 'paused', 'met',
                                                    'missed', 'lapsed', 'cancelled')),
    alerted_warning  INTEGER NOT NULL DEFAULT 0,
    alerted_breach   INTEGER NOT NULL DEFAULT 0,
    explanation      TEXT NOT NULL DEFAULT '{}',
    UNIQUE (case_uuid, kind, rule_id)
);
CREATE INDEX clock_due ON clock(state, due_at);
CREATE INDEX clock_warn ON clock(state, warn_at);
CREATE INDEX clock_case ON clock(case_uuid);

CREATE TABLE notification (
    uuid           TEXT PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL,
    kind           TEXT NOT NULL CHECK (kind IN ('status-notice', 'alert')),
    topic          TEXT NOT NULL,
    case_uuid      TEXT REFERENCES cases(uuid),
    account_uuid   TEXT REFERENCES account(uuid),
    recipient_uuid TEXT REFERENCES app_user(uuid),
    text_en        TEXT NOT NULL,
    text_es        TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    delivery       TEXT NOT NULL DEFAULT 'outbox' CHECK (delivery IN ('outbox', 'sent', 'unread', 'read'))
);
CREATE INDEX notification_recipient ON notification(recipient_uuid, delivery, created_at);
CREATE INDEX notification_case ON notification(case_uuid, created_at);

-- Full text of case subjects, descriptions and comments, kept in step by
-- triggers. A case's own row has the case's rowid; a comment's row has the
-- negated history sequence number, so that both are found by rowid.
CREATE VIRTUAL TABLE case_search USING fts5(case_uuid UNINDEXED, body,
                                            tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_search(rowid, case_uuid, body)
    VALUES (new.rowid, new.uuid, new.number || ' ' || new.subject || ' ' || new.description);
END;
CREATE TRIGGER cases_search_update AFTER UPDATE OF subject, description ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = old.rowid;
    INSERT INTO case_search(rowid, case_uuid, body)
    VALUES (new.rowid, new.uuid, new.number || ' ' || new.subject || ' ' || new.description);
END;
CREATE TRIGGER history_comment_search AFTER INSERT ON history
WHEN new.subject_kind = 'case' AND json_extract(new.detail, '$.text') IS NOT NULL
BEGIN
    INSERT INTO case_search(rowid, case_uuid, body)
    VALUES (-new.seq, new.subject_uuid, json_extract(new.detail, '$.text'));
END;
