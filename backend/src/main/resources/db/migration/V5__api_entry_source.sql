-- The source of records a wijkmanager enters through the API without citing one: the change log
-- says who and when.
insert into source (id, kind, title, publisher, note)
values ('wijkatlas-api-entry', 'DOCUMENT', 'Entered by a wijkmanager through the Wijkatlas API', 'Gemeente (wijkmanagement)',
        'Who entered it and when is in the change log (Query.changes).');
