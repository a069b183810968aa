-- The calendar administrators' review of offers (src/App/Offers/README.md).

-- Slots an administrator kept for patients who do not use the digital channel: later offer rounds
-- treat them as non_digital (phone entries only). One row per slot; keeping twice changes nothing.
CREATE TABLE offer_slot_holds (
    slot_id text PRIMARY KEY,
    department text NOT NULL,
    slot_start timestamptz NOT NULL,
    kept_by text NOT NULL,
    kept_at timestamptz NOT NULL
);

-- The optimiser's other candidates for each slot it offered, best first (rank as in offers.rank:
-- the position among the slot's candidates by value). "Next candidate" takes the best of these
-- that is still free, in the rejected offer's channel, so the reserves and the phone budget hold.
CREATE TABLE offer_alternatives (
    round_id text NOT NULL,
    slot_id text NOT NULL,
    rank integer NOT NULL,
    slot_start timestamptz NOT NULL,
    department text NOT NULL,
    entry_id text NOT NULL,
    patient_id text,
    channel text NOT NULL CHECK (channel IN ('fast_pass', 'phone')),
    value double precision NOT NULL,
    expected_attendance double precision,
    days_gained double precision,
    meets_deadline boolean,
    reason text NOT NULL,
    frees_booking_id text,
    visit_type text,
    PRIMARY KEY (slot_id, round_id, rank)
);

-- What each round kept out of the digital channels, per department (the optimiser's summary):
-- slots taking part, hard-reserved ones by kind, those not given to fast-pass or self-book.
CREATE TABLE offer_round_reserves (
    round_id text NOT NULL,
    department text NOT NULL,
    ran_at timestamptz NOT NULL,
    free_slots integer NOT NULL,
    subacute integer NOT NULL,
    non_digital integer NOT NULL,
    kept_from_digital integer NOT NULL,
    fast_pass integer NOT NULL,
    phone integer NOT NULL,
    tickets integer NOT NULL,
    reserve_share double precision NOT NULL,
    PRIMARY KEY (round_id, department)
);
CREATE INDEX offer_round_reserves_recent ON offer_round_reserves (ran_at);

-- The slot's visit type (raw name or family, as the slots extract gives it), shown on the page; null for
-- offers stored before this migration.
ALTER TABLE offers ADD COLUMN visit_type text;

-- The page's day view without a department filter, and the accepted-offers export by decision time.
CREATE INDEX offers_review_day ON offers (status, slot_start);
CREATE INDEX offers_decided ON offers (status, decided_at);
