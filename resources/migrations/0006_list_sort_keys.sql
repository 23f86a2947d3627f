-- The case list's sort keys kept on the case row, so that a page sorted by
-- next due date, worst clock or account walks an index instead of sorting
-- 10^6 cases; and full-text rows numbered by their case, so that a search
-- maps its matches to cases without reading them.
--
-- due_key:      the earliest due time of the case's running service-level
--               clocks ('9999' when none), as the list's "Next due" column;
-- clock_rank:   the worst state of its open clocks (0 lapsed, 1 breached,
--               2 warning, 3 on-track, 4 paused, 5 none), as "Clock";
-- account_name, assignee_name: the names of its account and assignee ('' for
--               none), as "Account" and "Assignee".
-- Derived values: triggers keep them, so every writer (the services, the HQ
-- import, the sweep) stays right without knowing of them.

ALTER TABLE cases ADD COLUMN due_key TEXT NOT NULL DEFAULT '9999';
ALTER TABLE cases ADD COLUMN clock_rank INTEGER NOT NULL DEFAULT 5;
ALTER TABLE cases ADD COLUMN account_name TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN assignee_name TEXT NOT NULL DEFAULT '' COLLATE NOCASE;

-- Filling the new columns is not a change to send to HQ.
DROP TRIGGER sync_cases_update;
-- The definition of the two clock keys, in one place: the backfill below, the
-- triggers and the tests read it.
CREATE VIEW case_clock_keys(case_uuid, due_key, clock_rank) AS
SELECT c.uuid,
       coalesce((SELECT min(k.due_at) FROM clock k
                 WHERE k.case_uuid = c.uuid AND k.stopped_at IS NULL AND k.kind <> 'statutory'
                       AND k.running_since IS NOT NULL), '9999'),
       coalesce((SELECT min(CASE k.state WHEN 'lapsed' THEN 0 WHEN 'breached' THEN 1
                                         WHEN 'warning' THEN 2 WHEN 'on-track' THEN 3 ELSE 4 END)
                 FROM clock k WHERE k.case_uuid = c.uuid AND k.stopped_at IS NULL), 5)
FROM cases c;

UPDATE cases SET
    (due_key, clock_rank) = (SELECT k.due_key, k.clock_rank FROM case_clock_keys k
                             WHERE k.case_uuid = cases.uuid),
    account_name = coalesce((SELECT a.name FROM account a WHERE a.uuid = cases.account_uuid), ''),
    assignee_name = coalesce((SELECT u.name FROM app_user u WHERE u.uuid = cases.assignee_uuid), '');
CREATE TRIGGER sync_cases_update AFTER UPDATE ON cases
BEGIN
    INSERT INTO sync_change(table_name, row_key) VALUES ('cases', new.uuid);
END;

CREATE INDEX cases_due_key ON cases(due_key);
CREATE INDEX cases_clock_rank ON cases(clock_rank);
CREATE INDEX cases_account_name ON cases(account_name);
CREATE INDEX cases_assignee_name ON cases(assignee_name);
-- The other sortable columns, ordered as the list orders them (key, rowid).
CREATE INDEX cases_type ON cases(type);
CREATE INDEX cases_state ON cases(state);
CREATE INDEX cases_level ON cases(escalation_level);
CREATE INDEX cases_priority_rank ON cases((CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1
                                                         WHEN 'normal' THEN 2 ELSE 3 END));

-- The accounts list's order (name, then IOR number): its first rows without
-- sorting 5x10^4 accounts and computing each one's tier.
CREATE INDEX account_name_nocase ON account(name COLLATE NOCASE, ior_number);

-- The clock sweep's third line: breached clocks whose breach is not yet alerted
-- (the other two are the ranges of clock_warn and clock_due).
CREATE INDEX clock_unalerted_breach ON clock(state) WHERE state = 'breached' AND alerted_breach = 0;

-- Each trigger writes the case row only when a key really changed, so that a
-- clock's tick is not recorded as a change of its case.
CREATE TRIGGER clock_keys_insert AFTER INSERT ON clock
BEGIN
    UPDATE cases SET (due_key, clock_rank) = (SELECT k.due_key, k.clock_rank FROM case_clock_keys k
                                              WHERE k.case_uuid = new.case_uuid)
    WHERE uuid = new.case_uuid
      AND (due_key, clock_rank) IS NOT (SELECT k.due_key, k.clock_rank FROM case_clock_keys k
                                        WHERE k.case_uuid = new.case_uuid);
END;
CREATE TRIGGER clock_keys_update AFTER UPDATE ON clock
BEGIN
    UPDATE cases SET (due_key, clock_rank) = (SELECT k.due_key, k.clock_rank FROM case_clock_keys k
                                              WHERE k.case_uuid = new.case_uuid)
    WHERE uuid = new.case_uuid
      AND (due_key, clock_rank) IS NOT (SELECT k.due_key, k.clock_rank FROM case_clock_keys k
                                        WHERE k.case_uuid = new.case_uuid);
END;
CREATE TRIGGER clock_keys_delete AFTER DELETE ON clock
BEGIN
    UPDATE cases SET (due_key, clock_rank) = (SELECT k.due_key, k.clock_rank FROM case_clock_keys k
                                              WHERE k.case_uuid = old.case_uuid)
    WHERE uuid = old.case_uuid;
END;

CREATE TRIGGER cases_names_insert AFTER INSERT ON cases
BEGIN
    UPDATE cases SET account_name = coalesce((SELECT a.name FROM account a
                                              WHERE a.uuid = new.account_uuid), ''),
                     assignee_name = coalesce((SELECT u.name FROM app_user u
                                               WHERE u.uuid = new.assignee_uuid), '')
    WHERE rowid = new.rowid;
END;
CREATE TRIGGER cases_assignee_name_update AFTER UPDATE OF assignee_uuid ON cases
BEGIN
    UPDATE cases SET assignee_name = coalesce((SELECT u.name FROM app_user u
                                               WHERE u.uuid = new.assignee_uuid), '')
    WHERE rowid = new.rowid;
END;
CREATE TRIGGER user_name_to_cases AFTER UPDATE OF name ON app_user
WHEN new.name IS NOT old.name
BEGIN
    UPDATE cases SET assignee_name = new.name WHERE assignee_uuid = new.uuid;
END;
CREATE TRIGGER cases_account_name_update AFTER UPDATE OF account_uuid ON cases
BEGIN
    UPDATE cases SET account_name = coalesce((SELECT a.name FROM account a
                                              WHERE a.uuid = new.account_uuid), '')
    WHERE rowid = new.rowid;
END;
CREATE TRIGGER account_name_to_cases AFTER UPDATE OF name ON account
WHEN new.name IS NOT old.name
BEGIN
    UPDATE cases SET account_name = new.name WHERE account_uuid = new.uuid;
END;

-- Full text: a case's own row is numbered (case rowid << 24) and its
-- comments follow it, (case rowid << 24) + 1, + 2, ..., so that a match's
-- case is its rowid >> 24 and a case's rows are one rowid range.
DROP TRIGGER cases_search_insert;
DROP TRIGGER cases_search_update;
DROP TRIGGER history_comment_search;
DROP TABLE case_search;
CREATE VIRTUAL TABLE case_search USING fts5(case_uuid UNINDEXED, body,
                                            tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO case_search(rowid, case_uuid, body)
SELECT rowid << 24, uuid, number || ' ' || subject || ' ' || description FROM cases;
INSERT INTO case_search(rowid, case_uuid, body)
SELECT (c.rowid << 24) + row_number() OVER (PARTITION BY c.rowid ORDER BY h.seq), c.uuid,
       json_extract(h.detail, '$.text')
FROM history h JOIN cases c ON c.uuid = h.subject_uuid
WHERE h.subject_kind = 'case' AND json_extract(h.detail, '$.text') IS NOT NULL;

CREATE TRIGGER cases_search_insert AFTER INSERT ON cases
BEGIN
    INSERT INTO case_search(rowid, case_uuid, body)
    VALUES (new.rowid << 24, new.uuid, new.number || ' ' || new.subject || ' ' || new.description);
END;
CREATE TRIGGER cases_search_update AFTER UPDATE OF subject, description ON cases
BEGIN
    DELETE FROM case_search WHERE rowid = old.rowid << 24;
    INSERT INTO case_search(rowid, case_uuid, body)
    VALUES (new.rowid << 24, new.uuid, new.number || ' ' || new.subject || ' ' || new.description);
END;
CREATE TRIGGER history_comment_search AFTER INSERT ON history
WHEN new.subject_kind = 'case' AND json_extract(new.detail, '$.text') IS NOT NULL
BEGIN
    INSERT INTO case_search(rowid, case_uuid, body)
    SELECT (SELECT coalesce(max(s.rowid), c.rowid << 24) + 1 FROM case_search s
            WHERE s.rowid >= c.rowid << 24 AND s.rowid < (c.rowid + 1) << 24),
           c.uuid, json_extract(new.detail, '$.text')
    FROM cases c WHERE c.uuid = new.subject_uuid;
END;
