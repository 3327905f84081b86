#!/bin/sh
# Runs once, on the first start of an empty PostgreSQL volume (docker-entrypoint-initdb.d):
# one database and one owner role per service, passwords from the environment.
set -eu
for service in order payment notification; do
  upper=$(echo "$service" | tr '[:lower:]' '[:upper:]')
  password=$(printenv "OMS_${upper}_DB_PASSWORD")
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v role="${service}_service" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"role" OWNER :"role";
SQL
done
