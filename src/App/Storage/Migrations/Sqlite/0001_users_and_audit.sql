-- People who sign in to the web pages, and the append-only record of what they did.
CREATE TABLE users (
    user_name      text PRIMARY KEY,
    display_name   text NOT NULL,
    password_hash  text,                       -- null for users who only sign in through the proxy's SSO header
    roles          text NOT NULL,              -- comma-separated: planner, calendar_admin, analyst, admin
    disabled       integer NOT NULL DEFAULT 0,
    failed_logins  integer NOT NULL DEFAULT 0,
    locked_until   text,
    created_at     text NOT NULL
);

CREATE TABLE audit_log (
    id          integer PRIMARY KEY AUTOINCREMENT,
    at          text NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    subject     text NOT NULL,
    before_json text,
    after_json  text
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Append-only: the database refuses changes to history, whatever the code does.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
