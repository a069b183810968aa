-- People who sign in to the web pages, and the append-only record of what they did.
CREATE TABLE users (
    user_name      text PRIMARY KEY,
    display_name   text NOT NULL,
    password_hash  text,                       -- null for users who only sign in through the proxy's SSO header
    roles          text NOT NULL,              -- comma-separated: planner, calendar_admin, analyst, admin
    disabled       boolean NOT NULL DEFAULT false,
    failed_logins  integer NOT NULL DEFAULT 0,
    locked_until   timestamptz,
    created_at     timestamptz NOT NULL
);

CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    subject     text NOT NULL,
    before_json jsonb,
    after_json  jsonb
);
CREATE INDEX audit_log_at ON audit_log (at);

-- Append-only: the database refuses changes to history, whatever the code does.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$ BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
