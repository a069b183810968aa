-- Changes when a user's password is set or the user is disabled: sessions signed in before then end.
ALTER TABLE users ADD COLUMN security_stamp text NOT NULL DEFAULT '';
CREATE INDEX audit_log_actor ON audit_log (actor, id);
CREATE INDEX audit_log_action ON audit_log (action, id);
