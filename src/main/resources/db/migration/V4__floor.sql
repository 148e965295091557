-- The floor: a debate names the speech it answers; a request may carry a short topic (for a question,
-- what the respondent is asked about); an opinion remembers when the chair handled it.
ALTER TABLE speaker_request ADD COLUMN reply_to_id BIGINT REFERENCES speaker_request (id);
ALTER TABLE speaker_request ADD COLUMN topic VARCHAR(400);
ALTER TABLE opinion ADD COLUMN handled_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX speaker_request_queue ON speaker_request (meeting_id, status, position);
CREATE INDEX opinion_meeting ON opinion (meeting_id, status);
CREATE INDEX notice_meeting ON notice (meeting_id);
