-- A realistic large data set for bijeen, generated with set-based SQL (psql). Run by bench/large-data.sh on a
-- database that Flyway has migrated (and that may hold the demo content already).
-- psql variables: events, people, registrations (in all), big (registrations of the one big event),
-- organisations, venues, articles. Everything generated carries the slug prefix 'gen-' and the uid suffix '@gen'.
\set ON_ERROR_STOP on
select setseed(0.13);

create temporary table first_names (i int generated always as identity, name text);
insert into first_names (name) select unnest(string_to_array(
  'Anna,Daan,Sanne,Bram,Fleur,Jeroen,Lotte,Maarten,Femke,Pieter,Noor,Thijs,Eva,Sem,Iris,Ruben,Marieke,Joost,Esther,'
  || 'Willem,Ingrid,Hans,Petra,Kees,Annelies,Mohamed,Fatima,Youssef,Samira,Priya,Rajesh,Mei,Kofi,Ayşe,Emre,Sophie,'
  || 'Lucas,Julia,Milan,Tess,Koen,Roos,Sven,Yara,Gijs,Anouk,Hanneke,Wouter,Marloes,Bas,Nadia,Ilse,Frank,Linda', ','));
create temporary table last_names (i int generated always as identity, name text);
insert into last_names (name) select unnest(string_to_array(
  'de Vries,Jansen,van den Berg,Bakker,Visser,Smit,Meijer,de Boer,Mulder,de Groot,Bos,Vos,Peters,Hendriks,'
  || 'van Leeuwen,Dekker,Brouwer,de Wit,Dijkstra,Smits,de Graaf,van der Meer,van der Linden,Kok,Jacobs,'
  || 'de Haan,Vermeulen,van den Heuvel,van der Veen,van den Broek,de Bruijn,de Jong,Schouten,Willems,'
  || 'El Amrani,Yilmaz,Öztürk,Boukhari,Kaya,Ramdin,Tjon,Nguyen,Hoekstra,Postma,Kuipers,Veenstra,Zijlstra', ','));
create temporary table places (i int generated always as identity, name text);
insert into places (name) select unnest(string_to_array(
  'Amsterdam,Rotterdam,Den Haag,Utrecht,Eindhoven,Groningen,Tilburg,Almere,Breda,Nijmegen,Apeldoorn,Arnhem,'
  || 'Haarlem,Enschede,Amersfoort,Zaanstad,Zwolle,Leiden,Maastricht,Dordrecht,Zoetermeer,Leeuwarden,Ede,'
  || 'Deventer,Delft,Alkmaar,Heerlen,Venlo,Helmond,Hilversum,Assen,Emmen,Middelburg,Lelystad,Den Bosch,Gouda', ','));
create temporary table topics (i int generated always as identity, name text);
insert into topics (name) select unnest(string_to_array(
  'armoede en schulden,jeugdhulp,de Wmo,participatie,mantelzorg,wonen en zorg,eenzaamheid,inclusie,'
  || 'bestaanszekerheid,vroegsignalering,de wijkteams,ouderenzorg,laaggeletterdheid,huiselijk geweld,'
  || 'passend onderwijs,arbeidsmarkt,statushouders,digitale inclusie,informele zorg,preventie,'
  || 'burgerinitiatief,gezondheidsverschillen,dakloosheid,vrijwilligerswerk,sociale basis,jongerenwerk,'
  || 'integrale toegang,het sociaal domein,de Participatiewet,ervaringsdeskundigheid', ','));
create temporary table phrases (i int generated always as identity, name text);
insert into phrases (name) select unnest(string_to_array(
  'Samen sterker,Van beleid naar praktijk,Wat werkt,Leren van elkaar,Met het oog op de toekomst,'
  || 'De kracht van de wijk,Grip op,Anders kijken naar,In gesprek over,Nieuwe wegen voor,Dichtbij,'
  || 'Handelingsruimte in,Vakmanschap in,Eigen regie en,Het verhaal achter,Op weg naar', ','));
create temporary table kinds (i int generated always as identity, name text, type text);
insert into kinds (name, type) values ('Congres', 'CONFERENCE'), ('Debat', 'DEBATE'), ('Online bijeenkomst', 'ONLINE_MEETING'),
  ('Werkplaats', 'WORKSHOP'), ('Webinar', 'WEBINAR'), ('Netwerkbijeenkomst', 'MEETING'), ('Leergang', 'COURSE'),
  ('Symposium', 'CONFERENCE'), ('Kennisdag', 'CONFERENCE'), ('Inspiratiesessie', 'OTHER');

-- Small helper: a random element of a temp table, by position.
create or replace function pg_temp.pick(n int, seed float8) returns int language sql immutable as
  $$ select 1 + floor(seed * n)::int $$;

-- Organisations, themes, audiences, venues
insert into organisation (slug, name, website, description)
select 'gen-org-' || g,
       (array['Stichting','Gemeente','Werkplaats Sociaal Domein','Kenniscentrum','Vereniging','Platform',
              'Welzijn','Zorggroep','Hogeschool','Netwerk'])[1 + g % 10] || ' '
         || (select name from places where i = 1 + (g * 7) % 36) || case when g > 360 then ' ' || g else '' end,
       'https://www.example.org/org-' || g,
       'Organisatie in het sociaal domein, actief in de regio.'
  from generate_series(1, :organisations) g;

insert into theme (slug, name, description)
select 'gen-' || replace(replace(lower(name), ' ', '-'), 'é', 'e'), initcap(name), 'Alles over ' || name || '.'
  from topics;
insert into audience (slug, name)
select 'gen-' || s, n from (values ('beleid', 'Beleidsmedewerkers'), ('professionals', 'Professionals'),
  ('bestuurders', 'Bestuurders'), ('vrijwilligers', 'Vrijwilligers'), ('onderzoekers', 'Onderzoekers'),
  ('studenten', 'Studenten'), ('inwoners', 'Inwoners'), ('raadsleden', 'Raadsleden')) a(s, n);

insert into venue (name, street, postal_code, city, route, accessibility)
select (array['Zalencentrum','Congrescentrum','Buurthuis','Bibliotheek','Stadhuis','Wijkcentrum','Theater',
              'Kennispark'])[1 + g % 8] || ' ' || (array['De Eenhoorn','Het Anker','De Brug','Oosterpoort',
              'De Schakel','Het Trefpunt','De Boog','Zuidas'])[1 + (g / 8) % 8],
       (array['Stationsplein','Kerkstraat','Marktplein','Dorpsstraat','Parkweg','Havenkade'])[1 + g % 6] || ' ' || (1 + g % 120),
       (1000 + (g * 37) % 8999)::text || ' ' || chr(65 + g % 26) || chr(65 + (g / 26) % 26),
       (select name from places where i = 1 + g % 36), 'Tien minuten lopen vanaf het station.',
       'Rolstoeltoegankelijk, met invalidentoilet en ringleiding.'
  from generate_series(1, :venues) g;

-- People (speakers, day chairs, panel members)
insert into person (slug, name, job_title, organisation_id, bio)
select 'gen-person-' || g, fn.name || ' ' || ln.name,
       (array['beleidsadviseur','wethouder','onderzoeker','lector','sociaal werker','programmamanager',
              'ervaringsdeskundige','directeur','teamleider','trainer'])[1 + g % 10],
       (select min(id) from organisation where slug like 'gen-org-%') + (g * 13) % :organisations,
       'Werkt aan ' || (select name from topics where i = 1 + g % 30) || '.'
  from generate_series(1, :people) g
  join first_names fn on fn.i = 1 + (g * 7) % 54
  join last_names ln on ln.i = 1 + (g * 11) % 47;

-- Events over ten years: from eight years ago to two years ahead; event 1 of the set is the big one.
create temporary table gen_event as
select g, k.name as kind, k.type,
       (select name from topics where i = 1 + (g * 17) % 30) as topic,
       (select name from phrases where i = 1 + (g * 5) % 16) as phrase,
       case when g = 1 then date_trunc('day', localtimestamp) + interval '60 days 9 hours'
            else date_trunc('hour', localtimestamp - interval '8 years' + (random() * interval '3650 days'))
                 + interval '9 hours' end as starts_at,
       case when g % 50 = 0 then 'DRAFT' when g % 37 = 0 then 'CANCELLED' else 'PUBLISHED' end as status,
       case when k.type in ('WEBINAR','ONLINE_MEETING') then 'ONLINE' when g % 5 = 0 then 'HYBRID' else 'VENUE' end as mode
  from generate_series(1, :events) g
  join kinds k on k.i = 1 + (g * 3) % 10;
update gen_event set starts_at = starts_at - interval '9 hours' where extract(hour from starts_at) > 14;

insert into event (uid, slug, title, subtitle, summary, description_html, event_type, attendance_mode, status,
                   starts_at, ends_at, venue_id, online_url, price_cents, capacity, capacity_online,
                   registration_opens_at, created_at, updated_at)
select 'gen-' || g || '@gen',
       'gen-' || g || '-' || regexp_replace(lower(kind || ' ' || topic), '[^a-z0-9]+', '-', 'g'),
       case when g = 1 then 'Landelijk congres ' || topic else kind || ' ' || topic end,
       phrase || ' ' || topic,
       'Een ' || lower(kind) || ' over ' || topic || ' voor professionals, beleidsmakers en inwoners uit '
         || (select name from places where i = 1 + g % 36) || ' en omgeving.',
       '<p>Hoe zorgen we samen voor ' || topic || ' die werkt? Tijdens deze ' || lower(kind)
         || ' delen onderzoekers, professionals en ervaringsdeskundigen wat zij leerden.</p>'
         || '<p>Met workshops, een debat en ruimte om elkaar te ontmoeten.</p>',
       type, mode, status, starts_at,
       starts_at + case when type in ('WEBINAR','ONLINE_MEETING') then interval '90 minutes' else interval '6 hours' end,
       case when mode <> 'ONLINE' then (select min(id) from venue) + (g * 19) % :venues end,
       case when mode <> 'VENUE' then 'https://meet.example.org/gen-' || g end,
       case when g % 4 = 0 then 2500 + (g % 8) * 1000 end,
       case when g = 1 then :big * 9 / 10 when mode <> 'ONLINE' then 80 + (g % 10) * 40 end,
       case when mode <> 'VENUE' then 200 + (g % 5) * 100 end,
       starts_at - interval '90 days', starts_at - interval '120 days', starts_at - interval '100 days'
  from gen_event;

create temporary table ev as
select e.id, ge.g, e.starts_at, e.attendance_mode, e.capacity, e.status
  from event e join gen_event ge on e.uid = 'gen-' || ge.g || '@gen';
create index on ev (g);
analyze ev;

insert into registration_context_version (event_id, version) select id, 0 from ev;
insert into event_registration_settings (event_id) select id from ev;

insert into event_theme (event_id, theme_id)
select distinct ev.id, t.id from ev
  cross join lateral (select id from theme where slug like 'gen-%' order by id offset (ev.g * 17) % 30 limit 1) t
union
select ev.id, t.id from ev
  cross join lateral (select id from theme where slug like 'gen-%' order by id offset (ev.g * 7 + 3) % 30 limit 1) t
 where ev.g % 2 = 0;
insert into event_audience (event_id, audience_id)
select ev.id, a.id from ev
  cross join lateral (select id from audience where slug like 'gen-%' order by id offset ev.g % 8 limit 1) a;
insert into event_organiser (event_id, organisation_id, lead, position)
select ev.id, (select min(id) from organisation where slug like 'gen-org-%') + (ev.g * 31) % :organisations, true, 0 from ev;
insert into event_organiser (event_id, organisation_id, lead, position)
select ev.id, (select min(id) from organisation where slug like 'gen-org-%') + (ev.g * 31 + 1 + ev.g % 97) % :organisations, false, 1
  from ev where ev.g % 3 = 0;

-- Programme: opening, keynote, a round of parallel workshops, a break, a debate, closing (online events:
-- opening, talk, closing)
insert into programme_part (event_id, kind, title, starts_at, ends_at)
select ev.id, p.kind, p.title, ev.starts_at + p.from_min * interval '1 minute', ev.starts_at + p.to_min * interval '1 minute'
  from ev cross join (values ('OPENING', 'Welkom en opening', 0, 15), ('KEYNOTE', 'Keynote', 15, 60),
      ('ROUND', 'Workshopronde', 75, 165), ('LUNCH', 'Lunch', 165, 210), ('DEBATE', 'Debat', 210, 300),
      ('CLOSING', 'Afsluiting en borrel', 300, 360)) p(kind, title, from_min, to_min)
 where ev.attendance_mode <> 'ONLINE'
union all
select ev.id, p.kind, p.title, ev.starts_at + p.from_min * interval '1 minute', ev.starts_at + p.to_min * interval '1 minute'
  from ev cross join (values ('OPENING', 'Opening', 0, 10), ('TALK', 'Presentatie', 10, 60), ('CLOSING', 'Vragen en afsluiting', 60, 90))
      p(kind, title, from_min, to_min)
 where ev.attendance_mode = 'ONLINE';

insert into session (part_id, event_id, position, title, description, room, capacity)
select p.id, p.event_id, s, 'Workshop ' || s || ': ' || (select name from phrases where i = 1 + (p.id + s) % 16)
         || ' ' || (select name from topics where i = 1 + (p.id * 3 + s) % 30),
       'Een praktische werksessie met voorbeelden uit de regio.', 'Zaal ' || s,
       case when ev.g = 1 then :big / 5 else 15 + (p.id % 4) * 10 end
  from programme_part p join ev on ev.id = p.event_id
  cross join generate_series(1, 3 + (ev.g % 4)) s
 where p.kind = 'ROUND';

insert into contribution (event_id, person_id, role, part_id, position)
select p.event_id, (select min(id) from person where slug like 'gen-person-%') + (p.id * 7919) % :people,
       case p.kind when 'OPENING' then 'DAY_CHAIR' when 'DEBATE' then 'PANEL_MEMBER' else 'SPEAKER' end, p.id, 0
  from programme_part p join ev on ev.id = p.event_id
 where p.kind in ('OPENING', 'KEYNOTE', 'TALK', 'DEBATE');
insert into contribution (event_id, person_id, role, session_id, position)
select s.event_id, (select min(id) from person where slug like 'gen-person-%') + (s.id * 104729) % :people, 'SESSION_LEADER', s.id, 0
  from session s join ev on ev.id = s.event_id;

-- Registrations: :big for the big event, the rest spread unevenly over the others (more for conferences)
create temporary table reg_plan as
select ev.id as event_id, ev.g, ev.starts_at, ev.attendance_mode,
       case when ev.g = 1 then :big
            else round((:registrations - :big)::numeric * (2 + (ev.g * 7) % 100)
                       / sum(case when ev.g = 1 then 0 else 2 + (ev.g * 7) % 100 end) over ())::int end as n
  from ev where ev.status <> 'DRAFT';
analyze reg_plan;

insert into registration (event_id, token_hash, email, name, organisation, job_title, locale, attendance, status,
                          waitlisted_at, consent_at, created_at, updated_at, cancelled_at, newsletter_opt_in)
select rp.event_id,
       encode(sha256(('gen-' || rp.event_id || '-' || k)::bytea), 'hex'),
       lower(replace(fn.name || '.' || ln.name, ' ', '')) || '.' || k || '@voorbeeld.nl',
       fn.name || ' ' || ln.name,
       (array['Gemeente ','Stichting Welzijn ','Wijkteam ','GGD ','Hogeschool '])[1 + k % 5]
         || (select name from places where i = 1 + (k * 13) % 36),
       (array['sociaal werker','beleidsadviseur','wijkcoach','consulent','teamleider','student'])[1 + k % 6],
       case when k % 9 = 0 then 'en' else 'nl' end,
       case when rp.attendance_mode = 'ONLINE' or (rp.attendance_mode = 'HYBRID' and k % 3 = 0) then 'ONLINE' else 'VENUE' end,
       case when k % 20 = 0 then 'CANCELLED' when rp.g = 1 and k > :big * 0.95 then 'WAITLISTED' else 'CONFIRMED' end,
       case when rp.g = 1 and k > :big * 0.95 and k % 20 <> 0 then rp.starts_at - interval '30 days' + k * interval '1 second' end,
       rp.starts_at - interval '60 days' + k * interval '1 second',
       rp.starts_at - interval '60 days' + k * interval '1 second',
       rp.starts_at - interval '60 days' + k * interval '1 second',
       case when k % 20 = 0 then rp.starts_at - interval '10 days' end,
       k % 4 = 0
  from reg_plan rp
  cross join lateral generate_series(1, rp.n) gs(k)
  join first_names fn on fn.i = 1 + (k * 7 + rp.g) % 54
  join last_names ln on ln.i = 1 + (k * 11 + rp.g * 3) % 47;

-- One workshop choice per registration in events with a round: sessions in turn; places by arrival
insert into registration_choice (registration_id, part_id, session_id, preference, status, waitlisted_at)
select r.id, s.part_id, s.id, 1, 'CONFIRMED', r.created_at
  from registration r
  join (select event_id, count(*) as sessions from session group by event_id) c on c.event_id = r.event_id
  join lateral (select id, part_id from session where event_id = r.event_id order by position offset r.id % c.sessions limit 1) s on true
 where r.status <> 'CANCELLED';
update registration_choice rc set status = 'WAITLISTED' from (
    select rc2.id, row_number() over (partition by rc2.session_id order by rc2.registration_id) as rn, s.capacity
      from registration_choice rc2 join session s on s.id = rc2.session_id join ev on ev.id = s.event_id) x
 where x.id = rc.id and x.rn > x.capacity;

-- Two questions of its own for the big event, answered by some
insert into registration_question (event_id, kind, text, required, options, position)
select id, 'TEXT', 'Heeft u dieetwensen?', false, null, 1 from ev where g = 1
union all
select id, 'YES_NO', 'Wilt u de presentaties na afloop ontvangen?', false, null, 2 from ev where g = 1;
insert into registration_answer (registration_id, question_id, answer)
select r.id, q.id, case when q.kind = 'YES_NO' then case when r.id % 2 = 0 then 'YES' else 'NO' end
                        else (array['Vegetarisch','Veganistisch','Glutenvrij','Geen varkensvlees'])[1 + r.id % 4] end
  from registration r join registration_question q on q.event_id = r.event_id
  join ev on ev.id = r.event_id and ev.g = 1
 where r.id % 3 = 0;

-- Place counters that equal the rows
insert into seat_counter (event_id, name, session_id, capacity, taken)
select ev.id, 'VENUE', null, ev.capacity,
       (select count(*) from registration r where r.event_id = ev.id and r.attendance = 'VENUE' and r.status = 'CONFIRMED')
  from ev where ev.attendance_mode <> 'ONLINE';
insert into seat_counter (event_id, name, session_id, capacity, taken)
select e.id, 'ONLINE', null, e.capacity_online,
       (select count(*) from registration r where r.event_id = e.id and r.attendance = 'ONLINE' and r.status = 'CONFIRMED')
  from event e join ev on ev.id = e.id where e.attendance_mode <> 'VENUE';
update seat_counter set capacity = taken where capacity is not null and taken > capacity and event_id in (select id from ev);
insert into seat_counter (event_id, name, session_id, capacity, taken)
select s.event_id, 'S' || s.id, s.id, s.capacity,
       (select count(*) from registration_choice rc where rc.session_id = s.id and rc.status = 'CONFIRMED')
  from session s join ev on ev.id = s.event_id;

-- Articles: news, interviews, previews, reports, columns and background pieces over ten years, each with a
-- theme, most linked to an event and an organisation; a twentieth are drafts or scheduled (not public).
create temporary table gen_article as
select g, (array['NEWS','INTERVIEW','PREVIEW','REPORT','COLUMN','BACKGROUND'])[1 + g % 6] as kind,
       (select name from topics where i = 1 + (g * 13) % 30) as topic,
       (select name from phrases where i = 1 + (g * 3) % 16) as phrase,
       (select name from places where i = 1 + (g * 5) % 36) as place,
       date_trunc('minute', localtimestamp - interval '10 years' + (random() * interval '3650 days')) as at
  from generate_series(1, :articles) g;
insert into article (slug, kind, title, lead, body, author, published, publish_at, created_at, updated_at)
select 'gen-article-' || g, kind,
       phrase || ' ' || topic || ' in ' || place,
       'In ' || place || ' werken gemeente, welzijn en inwoners samen aan ' || topic || '. Wat leverde dat op?',
       '## Aanleiding' || chr(10) || chr(10) || 'Professionals in ' || place || ' zagen dat ' || topic
         || ' vraagt om een andere aanpak in de wijken. ' || phrase || ': dat was het vertrekpunt.' || chr(10) || chr(10)
         || '> "We leren het meest van de coöperaties en bewonersinitiatieven die het zelf al doen."' || chr(10) || chr(10)
         || '## Wat werkt' || chr(10) || chr(10) || '- korte lijnen tussen wijkteam en huisarts' || chr(10)
         || '- ervaringsdeskundigen aan tafel' || chr(10) || '- ruimte voor maatwerk bij ' || topic,
       (select name from first_names where i = 1 + g % 54) || ' ' || (select name from last_names where i = 1 + g % 47),
       g % 20 <> 0, case when g % 40 = 0 then null when g % 20 = 0 then localtimestamp + interval '30 days' else at end,
       at, at
  from gen_article;
insert into article_theme (article_id, theme_id)
select a.id, t.id from article a join gen_article ga on a.slug = 'gen-article-' || ga.g
  join theme t on t.slug = 'gen-' || replace(replace(lower(ga.topic), ' ', '-'), 'é', 'e');
insert into article_event (article_id, event_id)
select a.id, ev.id from article a join gen_article ga on a.slug = 'gen-article-' || ga.g
  join ev on ev.g = 1 + (ga.g * 7) % :events where ga.g % 3 <> 0;
insert into article_organisation (article_id, organisation_id)
select a.id, (select min(id) from organisation where slug like 'gen-org-%') + (ga.g * 11) % :organisations
  from article a join gen_article ga on a.slug = 'gen-article-' || ga.g;

select 'events=' || (select count(*) from event) || ' people=' || (select count(*) from person)
    || ' organisations=' || (select count(*) from organisation) || ' registrations=' || (select count(*) from registration)
    || ' choices=' || (select count(*) from registration_choice) || ' big_event=' || (select id from ev where g = 1)
    || ' big_event_registrations=' || (select count(*) from registration r join ev on ev.id = r.event_id where ev.g = 1)
    || ' articles=' || (select count(*) from article);
