-- The privacy statement tells what happens with mails organisers write to participants (issue 12): a section before
-- "Cookies", added once, in a statement that still has that heading ({{mailRetention}} is filled in from the
-- settings when the page is shown). The mailing's record keeps the organiser's text and the number of recipients,
-- no list of recipients; the mails themselves are the outbox's, with its retention.
update page set updated_at = current_timestamp, body_nl = replace(body_nl, '<h2>Cookies en volgen</h2>',
'<h2>Berichten van de organisator</h2>
<p>De organisator van een bijeenkomst waarvoor u zich aanmeldde, kan u via deze website een bericht over die bijeenkomst sturen, bijvoorbeeld een praktische wijziging of een nabericht. Dat gebeurt alleen zolang uw aanmelding loopt: na een annulering krijgt u zulke berichten niet meer. Wij bewaren bij de bijeenkomst de tekst van het bericht en aan hoeveel mensen het ging, geen lijst van ontvangers. Van de e-mail aan u bewaren wij ontvanger, onderwerp en tijdstip gedurende {{mailRetention}}, zoals bij elke e-mail over uw aanmelding.</p>
<h2>Cookies en volgen</h2>')
where slug = 'privacy' and body_nl not like '%<h2>Berichten van de organisator</h2>%';

update page set updated_at = current_timestamp, body_en = replace(body_en, '<h2>Cookies and tracking</h2>',
'<h2>Messages from the organiser</h2>
<p>The organiser of an event you registered for can send you a message about that event through this website, for instance a practical change or a follow-up. This happens only while your registration stands: once it is cancelled you no longer receive such messages. With the event we keep the text of the message and how many people it went to, no list of recipients. Of the e-mail to you we keep the recipient, subject and time for {{mailRetention}}, as with every e-mail about your registration.</p>
<h2>Cookies and tracking</h2>')
where slug = 'privacy' and body_en is not null and body_en not like '%<h2>Messages from the organiser</h2>%';
