-- The minimal SQL of one registration: take a seat with a conditional update, insert the registration.
\set s random(1, 6)
BEGIN;
UPDATE bench_seat SET taken = taken + 1 WHERE id = :s AND taken < capacity;
INSERT INTO bench_registration (session_id, email, created_at) VALUES (:s, 'p' || :client_id || '-' || random(), now());
COMMIT;
