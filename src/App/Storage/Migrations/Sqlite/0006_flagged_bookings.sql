-- The night's flagged bookings for the planners' risk list (the flagged rows of the scores file,
-- stored by the nightly scoring job; a rerun for the day replaces that day's rows). run_date is
-- the scored day as yyyy-MM-dd text on both engines. reasons_json is an array, largest factor first,
-- of {"en": text, "da": text, "contribution": log-odds}; a language the run did not render is absent.
CREATE TABLE flagged_bookings (
    run_date text NOT NULL,
    appointment_id text NOT NULL,
    patient_id text NOT NULL,
    start_at text NOT NULL,
    site text,
    department text,
    no_show_probability real NOT NULL,
    risk_band text NOT NULL,
    action text,
    reasons_json text NOT NULL,
    model_version text NOT NULL,
    PRIMARY KEY (run_date, appointment_id)
);
CREATE INDEX flagged_bookings_review ON flagged_bookings (run_date, department, start_at);

-- What planners did about a flagged booking ("called", "reminded", "moved to video"). Keyed by the
-- booking, not the scoring run, so a mark survives the next night's rescoring.
CREATE TABLE booking_marks (
    appointment_id text NOT NULL,
    mark text NOT NULL CHECK (mark IN ('called', 'reminded', 'moved_to_video')),
    marked_by text NOT NULL,
    marked_at text NOT NULL,
    PRIMARY KEY (appointment_id, mark)
);
