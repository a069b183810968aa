-- Suggested waiting-list offers for review (the offers contract of the architecture page, plus the
-- review state). Status moves suggested -> accepted | rejected | expired; version grows with every
-- change, so a decision made on a stale page fails instead of overwriting another's.
CREATE TABLE offers (
    offer_id text PRIMARY KEY,
    round_id text NOT NULL,
    slot_id text NOT NULL,
    slot_start text NOT NULL,
    department text NOT NULL,
    -- Null for a self-book ticket (released to MinSP, no particular entry).
    entry_id text,
    patient_id text,
    channel text NOT NULL CHECK (channel IN ('fast_pass', 'phone', 'self_book')),
    value real NOT NULL,
    expected_attendance real,
    days_gained real,
    meets_deadline integer CHECK (meets_deadline IN (0, 1)),
    rank integer NOT NULL,
    reason text NOT NULL,
    -- The booking an acceptance frees (it goes to the next round).
    frees_booking_id text,
    suggested_at text NOT NULL,
    status text NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'accepted', 'rejected', 'expired')),
    decided_by text,
    decided_at text,
    version integer NOT NULL DEFAULT 1
);
-- One slot, at most one accepted offer: the second of two concurrent accepts fails here.
CREATE UNIQUE INDEX offers_one_accepted_per_slot ON offers (slot_id) WHERE status = 'accepted';
CREATE INDEX offers_review ON offers (status, department, slot_start);
CREATE INDEX offers_pending_age ON offers (status, suggested_at);
CREATE INDEX offers_slot ON offers (slot_id, status);
CREATE INDEX offers_entry ON offers (entry_id, status);
