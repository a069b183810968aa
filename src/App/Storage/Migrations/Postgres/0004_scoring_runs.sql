-- One row per scored day (the nightly scoring job's summary; a rerun for the day replaces it).
-- run_date is the day as yyyy-MM-dd text on both engines, so the job binds it the same way.
CREATE TABLE scoring_runs (
    run_date text PRIMARY KEY,
    model_version text NOT NULL,
    as_of timestamptz NOT NULL,
    bookings_scored bigint NOT NULL,
    flagged bigint NOT NULL,
    summary_json jsonb NOT NULL,
    scored_at timestamptz NOT NULL
);
