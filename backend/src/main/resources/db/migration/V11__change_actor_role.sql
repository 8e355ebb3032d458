-- Audit trail privacy (issue #17): besides the identity (actor, the token's sub, shown only
-- to administrators and to wijkmanagers of the change's areas), every change records the
-- actor's role and the areas they manage, which everyone may see.
alter table change
    add column actor_role  text,
    add column actor_areas text[] not null default '{}';
