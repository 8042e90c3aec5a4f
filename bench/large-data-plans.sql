-- The queries that matter on the large data set, for EXPLAIN ANALYZE before and after the indexes of
-- V130 (bench/large-data-plans.sh runs them). psql variables: big (the big event's id), part, q1, q2, session.
\set ON_ERROR_STOP on
\echo '== 1. participant list, page 1 by name (100,000 registrations)'
explain (analyze, buffers, costs off, timing off, summary on)
select r.id, r.name, r.email, r.organisation, r.job_title, r.status, r.attendance, r.created_at, r.waitlisted_at,
       r.register_name, r.registration_number,
       (select c.session_id from registration_choice c where c.registration_id = r.id and c.part_id = :part) as session_0,
       (select c.status from registration_choice c where c.registration_id = r.id and c.part_id = :part) as choice_0,
       (select a.answer from registration_answer a where a.registration_id = r.id and a.question_id = :q1) as answer_0,
       (select a.answer from registration_answer a where a.registration_id = r.id and a.question_id = :q2) as answer_1
  from registration r where r.event_id = :big order by lower(r.name), r.id limit 50 offset 0;
\echo '== 2. participant list, newest first'
explain (analyze, buffers, costs off, timing off, summary on)
select r.id, r.name, (select c.session_id from registration_choice c where c.registration_id = r.id and c.part_id = :part) as session_0
  from registration r where r.event_id = :big order by r.created_at desc, r.id desc limit 50 offset 0;
\echo '== 3. participant list, count of the page total'
explain (analyze, buffers, costs off, timing off, summary on)
select count(*) from registration r where r.event_id = :big;
\echo '== 4. counts per status (the workbench)'
explain (analyze, buffers, costs off, timing off, summary on)
select status, count(*) as n from registration where event_id = :big group by status;
\echo '== 5. waiting list, page 1'
explain (analyze, buffers, costs off, timing off, summary on)
select r.id, r.name from registration r where r.event_id = :big and r.status = 'WAITLISTED'
 order by r.waitlisted_at, r.id limit 50 offset 0;
\echo '== 6. a workshop page: its participants, page 1 by name'
explain (analyze, buffers, costs off, timing off, summary on)
select r.id, r.name from registration r where r.event_id = :big
   and exists (select 1 from registration_choice x where x.registration_id = r.id and x.session_id = :session and x.status = 'CONFIRMED')
 order by lower(r.name), r.id limit 50 offset 0;
\echo '== 7. CSV export of the big event: all rows by name (first rows from the cursor)'
explain (analyze, buffers, costs off, timing off, summary on)
select r.id, r.name, (select c.session_id from registration_choice c where c.registration_id = r.id and c.part_id = :part) as session_0
  from registration r where r.event_id = :big order by lower(r.name), r.id;
\echo '== 8. agenda: upcoming, page 1 (count and ids)'
explain (analyze, buffers, costs off, timing off, summary on)
select count(*) from event e where e.status <> 'DRAFT' and e.ends_at >= localtimestamp;
explain (analyze, buffers, costs off, timing off, summary on)
select e.id from event e where e.status <> 'DRAFT' and e.ends_at >= localtimestamp
 order by e.starts_at asc, e.id asc limit 12 offset 0;
\echo '== 8b. agenda ids as EventSearch asks since issue 13: the coming events found by their end, then sorted'
explain (analyze, buffers, costs off, timing off, summary on)
select e.id from (select e.id, e.starts_at from event e where e.status <> 'DRAFT' and e.ends_at >= localtimestamp offset 0) e
 order by e.starts_at asc, e.id asc limit 12 offset 0;
\echo '== 9. agenda: upcoming with a theme filter'
explain (analyze, buffers, costs off, timing off, summary on)
select e.id from event e where e.status <> 'DRAFT' and e.ends_at >= localtimestamp
   and exists (select 1 from event_theme et join theme t on t.id = et.theme_id where et.event_id = e.id and t.slug = 'gen-jeugdhulp')
 order by e.starts_at asc, e.id asc limit 12 offset 0;
\echo '== 10. archive: past events, page 1, and its months'
explain (analyze, buffers, costs off, timing off, summary on)
select e.id from event e where e.status <> 'DRAFT' and e.ends_at < localtimestamp
 order by e.starts_at desc, e.id desc limit 12 offset 0;
explain (analyze, buffers, costs off, timing off, summary on)
select distinct extract(year from e.starts_at) as y, extract(month from e.starts_at) as m
  from event e where e.status <> 'DRAFT' and e.ends_at < localtimestamp;
\echo '== 11. search: words in the archive'
explain (analyze, buffers, costs off, timing off, summary on)
select count(*) from event e where e.status <> 'DRAFT' and e.ends_at < localtimestamp
   and (lower(e.title) like '%armoede%' escape '!' or lower(coalesce(e.subtitle, '')) like '%armoede%' escape '!'
        or lower(coalesce(e.summary, '')) like '%armoede%' escape '!');
\echo '== 12. a person page: events of one speaker'
explain (analyze, buffers, costs off, timing off, summary on)
select e.id from event e where e.status <> 'DRAFT'
   and exists (select 1 from contribution c where c.event_id = e.id and c.person_id = (select min(id) from person where slug like 'gen-person-%'))
 order by e.starts_at desc, e.id desc limit 12;
