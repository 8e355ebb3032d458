-- A source's title in English, for the sources whose titles the Wijkatlas writes itself (its own
-- derivations, records entered through its API): an English page names them in English, a Dutch
-- page in Dutch. Published sources keep their own title only (title_en null).
alter table source add column title_en text;

update source
   set title = 'Ingevoerd door een wijkmanager via de Wijkatlas-API',
       title_en = 'Entered by a wijkmanager through the Wijkatlas API'
 where id = 'wijkatlas-api-entry';

-- The Wijkatlas's own derivations: a Dutch title and an English one (the importer writes the same
-- on its next run; this brings an existing database there without one).
update source s
   set title = v.title, title_en = v.title_en
  from (values
    ('derived-union-of-buurten', 'Wijkgrenzen samengesteld uit de CBS-buurten', 'Wijk boundaries derived from CBS buurten'),
    ('derived-union-of-wijken', 'Grenzen van stadsdelen en gemeente samengesteld uit de wijken', 'Stadsdeel and gemeente boundaries derived from wijken'),
    ('derived-stadsdeel-by-adjacency', 'Stadsdeel toegewezen op de langste gedeelde grens', 'Stadsdeel assigned by adjacency'),
    ('derived-gebied-union-of-buurten', 'Gebiedsgrenzen samengesteld uit de CBS-buurten', 'Gebied boundaries derived from CBS buurten'),
    ('derived-sum-of-areas-below', 'Berekend door Wijkatlas: som van de gebieden eronder', 'Computed by the Wijkatlas: sum of the areas below'),
    ('derived-weighted-mean-of-areas-below', 'Berekend door Wijkatlas: gewogen gemiddelde van de gebieden eronder', 'Computed by the Wijkatlas: weighted mean of the areas below'),
    ('derived-area-from-boundary', 'Berekend door Wijkatlas: oppervlakte binnen de gebiedsgrens', 'Computed by the Wijkatlas: area within the boundary')
  ) as v(id, title, title_en)
 where s.id = v.id;
