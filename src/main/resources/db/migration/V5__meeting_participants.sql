-- A standing committee, committee or group discussion is held by some of the council's delegates;
-- a meeting that lists none (a session) is held by the whole council.
CREATE TABLE meeting_participant (
    meeting_id   BIGINT NOT NULL REFERENCES meeting (id),
    delegate_id  BIGINT NOT NULL REFERENCES delegate (id),
    PRIMARY KEY (meeting_id, delegate_id)
);
