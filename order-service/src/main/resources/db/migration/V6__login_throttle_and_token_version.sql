-- Login throttling, now in its own table and keyed so that one scheme serves accounts and
-- clients (the user feature's LoginAttempts): 'account:<user name>|client:<address>' locks
-- a user name for that client only after 5 failures, 'client:<address>' locks the client
-- after 20 failures across all user names. Unknown user names get keys like real ones, so
-- they are throttled alike. An attempt is counted before its password is checked; a
-- success resets the account key and takes its own count back from the client key. Rows
-- quiet for an hour are forgotten. Times are set by the application's clock.
-- users.failed_logins and users.locked_until (V2) are no longer used.

CREATE TABLE login_throttle (
    throttle_key VARCHAR(200) NOT NULL,
    failures INTEGER NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_login_throttle PRIMARY KEY (throttle_key),
    CONSTRAINT ck_login_throttle_failures CHECK (failures >= 0)
);

CREATE INDEX ix_login_throttle_last_failure_at ON login_throttle (last_failure_at);

-- Token revocation: each token issued to a user carries the user's token_version (claim
-- ver). Disabling the user or changing the password raises it, and every service refuses
-- tokens with a lower one. tokens_revoked_at tells whose revocations still matter (those
-- within one token lifetime), for the list the other services pull.

ALTER TABLE users ADD COLUMN token_version INTEGER NOT NULL DEFAULT 0;

ALTER TABLE users ADD COLUMN tokens_revoked_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_users_tokens_revoked_at ON users (tokens_revoked_at);
