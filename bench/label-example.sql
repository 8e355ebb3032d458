-- The synthetic national dataset is example content: say so on every record it added. The area
-- importer records its boundaries as CBS data and the figures importer a DOCUMENT source (neither
-- has an option for EXAMPLE), so the benchmark relabels what the synthetic import wrote.
insert into source (id, kind, title, publisher, note)
values ('example-synthetic-national', 'EXAMPLE', 'Synthetic national benchmark dataset (not real areas)',
        'Wijkatlas benchmark (bench/national.mjs)',
        'Generated for the benchmark: 350 gemeenten GM5000-GM5349 on a grid in RD New, names "Synthetisch ...". Not CBS data.')
on conflict (id) do nothing;
update area set source_id = 'example-synthetic-national', membership_source_id = null
where gemeente_code between 'GM5000' and 'GM5349' and source_id <> 'example-synthetic-national';
update source set kind = 'EXAMPLE' where title like 'Synthetic national benchmark dataset (EXAMPLE%';
update data_version set version = version + 1, changed_at = now();
