-- Confidence ratings and elections: the close entry of a rating of dozens of officials carries one
-- line per official, which outgrows 8,000 characters.
ALTER TABLE audit_event ALTER COLUMN payload SET DATA TYPE VARCHAR(1000000);
