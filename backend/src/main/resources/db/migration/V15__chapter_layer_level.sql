-- The level a chapter's map draws (its choropleth, highlighted areas). Null: derived from the focus
-- area as before (a gemeente, stadsdeel or gebied → its wijken; a wijk or buurt → buurten). A
-- chapter about money names WIJK because kredieten belong to wijken; one about a wijk's figures may
-- name WIJK when the indicator has no buurt figures.
-- (Numbered 15 so that migrations other branches add in the meantime keep their own numbers.)
alter table chapter add column layer_level text
    check (layer_level in ('GEMEENTE', 'STADSDEEL', 'WIJK', 'BUURT', 'GEBIED'));

-- English texts of a story and its chapters, where the content has them: the English UI shows them
-- instead of the Dutch, so no page mixes the two languages. Null: no translation (the UI then marks
-- the Dutch text with lang="nl").
alter table story add column title_en text, add column summary_en text;
alter table chapter add column title_en text, add column text_en text;
