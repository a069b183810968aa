-- Changes when a user's password is set or the user is disabled: sessions signed in before then end.
ALTER TABLE users ADD COLUMN security_stamp text NOT NULL DEFAULT '';
-- The user's choice of page language (en, da); null: the browser's.
ALTER TABLE users ADD COLUMN language text;
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_action ON audit_log (action, id);

-- ASP.NET Core data-protection keys (they protect the session and antiforgery cookies): in the store,
-- so that every node of a cluster accepts the cookies of every other and restarts keep sessions.
CREATE TABLE data_protection_keys (name text PRIMARY KEY, xml text NOT NULL);
