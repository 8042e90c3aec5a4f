-- The privacy statement tells what happens to insights sent in from the room (issue 12): a section before
-- "Cookies", added once, in a statement that still has that heading ({{insightAddressRetention}} is filled in
-- from the settings when the page is shown).
update page set updated_at = current_timestamp, body_nl = replace(body_nl, '<h2>Cookies en volgen</h2>',
'<h2>Inzichten uit de zaal</h2>
<p>Tijdens een bijeenkomst kunt u zonder account een inzicht delen. Wij bewaren de tekst, het onderdeel van de bijeenkomst waarover het gaat en, alleen als u die invult, uw naam. Niets daarvan is openbaar voordat een organisator het goedkeurt. Een goedgekeurd inzicht staat met uw naam, als u die gaf, op de inzichtenwand en daarna in het verslag op de pagina van de bijeenkomst, zolang die pagina bestaat. Vraag de organisator als u het daar weg wilt hebben: die wijst het dan alsnog af en het is niet meer te zien. Om misbruik te voorkomen bewaren wij van uw internetadres alleen een versleutelde vingerafdruk, hooguit {{insightAddressRetention}}.</p>
<h2>Cookies en volgen</h2>')
where slug = 'privacy' and body_nl not like '%<h2>Inzichten uit de zaal</h2>%';

update page set updated_at = current_timestamp, body_en = replace(body_en, '<h2>Cookies and tracking</h2>',
'<h2>Insights from the room</h2>
<p>During an event you can share an insight without an account. We keep the text, the part of the event it is about and, only if you fill it in, your name. None of it is public before an organiser approves it. An approved insight is shown with your name, if you gave it, on the insights wall and afterwards in the report on the event page, for as long as that page exists. Ask the organiser if you want it taken down: they then reject it after all and it is no longer shown. To prevent abuse we keep only an encrypted fingerprint of your internet address, for at most {{insightAddressRetention}}.</p>
<h2>Cookies and tracking</h2>')
where slug = 'privacy' and body_en is not null and body_en not like '%<h2>Insights from the room</h2>%';
