-- Every change of data_version is announced on the channel wijkatlas_data_version, with the new
-- version as payload. Each app instance LISTENs on it and keeps the version in memory, so an HTTP
-- revalidation (If-None-Match) is answered without a query, and all instances derive the same
-- ETags from the one version in the database.
create function data_version_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('wijkatlas_data_version', new.version::text);
    return new;
end
$$;

create trigger data_version_notify after insert or update on data_version
    for each row execute function data_version_notify();
