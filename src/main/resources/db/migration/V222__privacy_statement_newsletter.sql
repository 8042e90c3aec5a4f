-- The newsletter exists now (issue 11): the privacy statement says what it does, in place of "no newsletter".
-- Only the sentence of V162 is replaced, so a statement that administrators rewrote stays as they wrote it.
update page set updated_at = current_timestamp,
body_nl = replace(body_nl, 'Deze website verstuurt geen nieuwsbrief.</p>',
'Wij sturen u onze nieuwsbrief alleen als u zich daarvoor aanmeldt (op de pagina Nieuwsbrief, of met het vinkje bij een aanmelding) en dat bevestigt via de link in de e-mail die u dan krijgt.</p>
<h2>Nieuwsbrief</h2>
<p>Voor de nieuwsbrief bewaren wij uw e-mailadres, uw naam als u die invult, de thema''s die u kiest, uw taal, en wanneer u zich aanmeldde en dat bevestigde. Onderaan elke nieuwsbrief staat een link waarmee u uw thema''s wijzigt of zich met één klik afmeldt. Als u zich afmeldt, verwijderen wij deze gegevens meteen. Een aanmelding die u niet bevestigt, verwijderen wij na {{newsletterUnconfirmedRetention}}. Beheerders die de nieuwsbrief versturen, kunnen de lijst van bevestigde adressen downloaden; dat leggen wij vast.</p>'),
body_en = replace(body_en, 'This website sends no newsletter.</p>',
'We send you our newsletter only when you sign up for it (on the Newsletter page, or with the tick box when you register) and confirm that through the link in the e-mail you then receive.</p>
<h2>Newsletter</h2>
<p>For the newsletter we keep your e-mail address, your name if you give it, the themes you choose, your language, and when you signed up and confirmed. At the bottom of every newsletter is a link to change your themes or to unsubscribe with one click. When you unsubscribe, we delete these data at once. A sign-up that you do not confirm is deleted after {{newsletterUnconfirmedRetention}}. Administrators who send the newsletter can download the list of confirmed addresses; we record when they do.</p>')
where slug = 'privacy';
