-- User accounts. Passwords are BCrypt hashes only. failed_logins and locked_until throttle
-- password guessing (the user feature's LoginThrottle) and live here so the lock holds
-- across restarts and instances. Times are set by the application's clock.

CREATE TABLE users (
    id ${id_pk},
    username VARCHAR(64) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role VARCHAR(16) NOT NULL,
    enabled BOOLEAN NOT NULL,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMP WITH TIME ZONE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_users_username UNIQUE (username),
    CONSTRAINT ck_users_role CHECK (role IN ('admin', 'operator', 'viewer')),
    CONSTRAINT ck_users_failed_logins CHECK (failed_logins >= 0)
);
