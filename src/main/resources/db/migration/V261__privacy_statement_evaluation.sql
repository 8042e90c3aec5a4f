-- The privacy statement tells what happens with the evaluation after an event (issue 12): a section before
-- "Cookies", added once, in a statement that still has that heading ({{retention}} is filled in from the settings
-- when the page is shown).
update page set updated_at = current_timestamp, body_nl = replace(body_nl, '<h2>Cookies en volgen</h2>',
'<h2>Evaluatie na een bijeenkomst</h2>
<p>Was u bij een bijeenkomst aanwezig en vraagt de organisator om een evaluatie, dan krijgt u na afloop een mail met een persoonlijke link en, als u niet antwoordt, één herinnering. Wij bewaren dat u bent uitgenodigd en of u hebt geantwoord, zolang de gegevens van uw aanmelding bewaard blijven (tot {{retention}} na de bijeenkomst, of tot u ze verwijdert). Is de evaluatie anoniem, dan bewaren wij uw antwoorden zonder enig verband met uw naam of aanmelding; niemand kan zien wat u antwoordde. Is zij niet anoniem (dat staat op het formulier), dan ziet de organisator uw antwoorden met uw naam en organisatie; verwijdert u uw gegevens of is de bewaartermijn voorbij, dan verdwijnt dat verband en uw open antwoorden, en blijven alleen uw cijfers en keuzes voor de totalen.</p>
<h2>Cookies en volgen</h2>')
where slug = 'privacy' and body_nl not like '%<h2>Evaluatie na een bijeenkomst</h2>%';

update page set updated_at = current_timestamp, body_en = replace(body_en, '<h2>Cookies and tracking</h2>',
'<h2>Evaluation after an event</h2>
<p>If you were present at an event and the organiser asks for an evaluation, you receive a mail with a personal link after the event and, if you do not answer, one reminder. We keep that you were invited and whether you answered for as long as the data of your registration is kept (until {{retention}} after the event, or until you erase it). If the evaluation is anonymous, we keep your answers without any link to your name or registration; nobody can see what you answered. If it is not anonymous (the form says so), the organiser sees your answers with your name and organisation; when you erase your data or the retention period ends, that link and your open answers are removed, and only your ratings and choices remain for the totals.</p>
<h2>Cookies and tracking</h2>')
where slug = 'privacy' and body_en is not null and body_en not like '%<h2>Evaluation after an event</h2>%';
