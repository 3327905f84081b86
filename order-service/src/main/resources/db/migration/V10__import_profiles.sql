-- Column mapping profiles (issue #18): a named mapping of a customer's file layout to the
-- import's fields, applied when chosen at upload (profile=NAME) or when a file's header
-- set equals the profile's. headers and mapping are JSON text (an array of header cells;
-- an ImportMappingSpec). Portable SQLite/PostgreSQL; times come from the application's
-- clock.

CREATE TABLE import_profiles (
    name VARCHAR(100) NOT NULL PRIMARY KEY,
    headers TEXT NOT NULL,
    mapping TEXT NOT NULL,
    updated_by VARCHAR(255) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
