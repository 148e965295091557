-- Voting: what a vote measured itself against when it closed, and idempotent secret ballots.

-- Frozen at close, so that the result reads the same whenever it is asked again.
ALTER TABLE vote ADD COLUMN total_at_close INT;
ALTER TABLE vote ADD COLUMN present_at_close INT;
-- Officials (confidence) or candidates (election), one per line; empty for a resolution.
ALTER TABLE vote ADD COLUMN subjects VARCHAR(4000) DEFAULT '' NOT NULL;
ALTER TABLE vote ADD COLUMN max_choices INT DEFAULT 1 NOT NULL;
ALTER TABLE vote ADD COLUMN created_at TIMESTAMP WITH TIME ZONE;
-- The audit chain's head hash right after the close entry: the "mã kiểm chứng" shown and printed.
ALTER TABLE vote ADD COLUMN audit_head VARCHAR(64);

-- The tablet's ballot id and the receipt it was given, so that a retry gets the same receipt.
-- Neither says anything about the choice; no time is stored, so nothing orders voters.
ALTER TABLE secret_voter ADD COLUMN ballot_uuid VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE secret_voter ADD COLUMN receipt VARCHAR(64) DEFAULT '' NOT NULL;
