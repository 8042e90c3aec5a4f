-- The privacy statement says what bijeen does (issue 10): no newsletter and no attendance record (neither
-- exists), the retention periods as facts ({{retention}} and the others are filled in from the settings when the
-- page is shown), what happens to mails, and the download and erasure through the personal link. Only a
-- statement that administrators did not change yet is replaced.
update page set updated_at = current_timestamp, body_nl =
'<p>Op deze website kunt u zich aanmelden voor bijeenkomsten. Daarvoor hebben wij een paar gegevens van u nodig. In deze verklaring leest u welke gegevens dat zijn, waarom wij ze nodig hebben, wie ze ziet, hoe lang wij ze bewaren en wat uw rechten zijn. Wij houden ons aan de Algemene verordening gegevensbescherming (AVG).</p>
<h2>Wie is verantwoordelijk?</h2>
<p>De organisatie die deze website beheert, is verantwoordelijk voor uw gegevens. Op de pagina van elke bijeenkomst staat welke organisaties haar organiseren.</p>
<h2>Welke gegevens vragen wij?</h2>
<p>Wij vragen zo weinig mogelijk. Als u zich aanmeldt voor een bijeenkomst, vragen wij:</p>
<ul>
<li>uw naam en e-mailadres, om uw aanmelding te bevestigen en u op de hoogte te houden van wijzigingen;</li>
<li>uw organisatie en functie, als u die wilt invullen, zodat sprekers weten wie er in de zaal zit;</li>
<li>of u ter plaatse of online komt, en welke workshop u kiest, zodat we weten hoeveel mensen er in elke ruimte komen;</li>
<li>uw antwoorden op vragen van de organisator, bijvoorbeeld over wensen voor eten of voor toegankelijkheid. Die vult u alleen in als u dat zelf wilt;</li>
<li>uw registratienummer in een beroepsregister, alleen bij bijeenkomsten met accreditatiepunten.</li>
</ul>
<p>Wij bewaren ook wanneer u zich aanmeldde en toestemming gaf, en in welke taal u de e-mails wilt krijgen.</p>
<h2>Waarvoor gebruiken wij uw gegevens?</h2>
<p>Alleen om de bijeenkomst te organiseren: uw aanmelding bevestigen, u herinneren aan de bijeenkomst, u laten weten als er iets verandert, u een vrijgekomen plaats aanbieden als u op de wachtlijst staat en, bij een online bijeenkomst, u de link om deel te nemen sturen. Wij gebruiken uw gegevens niet voor iets anders. Wij verkopen ze niet en geven ze niet aan anderen voor reclame. Deze website verstuurt geen nieuwsbrief.</p>
<h2>Wie ziet uw gegevens?</h2>
<p>De organisatoren van de bijeenkomst waarvoor u zich aanmeldt en de beheerders van deze website. Zij moeten daarvoor inloggen. De e-mails aan u gaan via de mailserver van de organisatie die deze website beheert.</p>
<h2>Uw persoonlijke link</h2>
<p>Elke e-mail over uw aanmelding bevat een persoonlijke link. Daarmee kunt u uw aanmelding bekijken, wijzigen of annuleren, en uw gegevens downloaden of verwijderen, zonder wachtwoord. Iedereen die deze link heeft, kan uw aanmelding zien en veranderen. Deel de link daarom niet met anderen. Wij bewaren de link zelf niet, alleen een versleutelde vingerafdruk ervan.</p>
<h2>E-mails</h2>
<p>De inhoud van een e-mail aan u bewaren wij alleen tot hij verstuurd is. Van een verstuurde e-mail bewaren wij daarna alleen aan wie hij ging, het onderwerp en wanneer, gedurende {{mailRetention}}. Een e-mail die niet bezorgd kon worden, bewaren wij {{failedMailRetention}}, zodat de organisator hem opnieuw kan versturen.</p>
<h2>Cookies en volgen</h2>
<p>Deze website gebruikt geen cookies om u te volgen en toont geen advertenties. Wij gebruiken alleen twee cookies die nodig zijn om de website te laten werken: een cookie dat uw taalkeuze onthoudt, en een sessiecookie dat formulieren beveiligt en organisatoren ingelogd houdt. Het sessiecookie verdwijnt als u de browser sluit. Wij laden geen lettertypen, scripts of andere bestanden van andere websites.</p>
<h2>Hoe lang bewaren wij uw gegevens?</h2>
<p>Wij bewaren uw aanmelding tot {{retention}} na de bijeenkomst. {{retentionByOrganisation}} Daarna verwijderen wij vanzelf uw naam, e-mailadres, organisatie, functie, registratienummer en de antwoorden die u zelf hebt geschreven, en werkt uw persoonlijke link niet meer. Wat overblijft zijn gegevens zonder naam, voor de cijfers: dat er iemand was aangemeld, of die ter plaatse of online kwam, welke workshop die koos en de keuzes bij vragen met vaste antwoorden. Interne verwerkingsgegevens waarin uw e-mailadres kan staan, verwijderen wij na {{eventLogRetention}}.</p>
<h2>Uw rechten</h2>
<ul>
<li>U mag uw gegevens inzien. Met uw persoonlijke link kunt u ze downloaden: uw aanmelding, uw antwoorden en de e-mails die wij u stuurden.</li>
<li>U mag uw gegevens laten verbeteren. Met uw persoonlijke link kunt u dat zelf.</li>
<li>U mag uw aanmelding altijd annuleren, ook via uw persoonlijke link.</li>
<li>U mag uw gegevens laten verwijderen. Met uw persoonlijke link doet u dat meteen zelf; uw aanmelding wordt dan geannuleerd en uw plaats gaat naar de eerste op de wachtlijst. U kunt het ook de organisator vragen: die verwijdert dan al uw aanmeldingen en e-mails op deze website. Wij houden bij dát er gegevens verwijderd zijn, wanneer en door wie, maar niet van wie.</li>
<li>U mag bezwaar maken tegen het gebruik van uw gegevens.</li>
</ul>
<p>Wilt u een van deze rechten gebruiken en lukt het niet met uw link? Neem dan contact op met de organisator van de bijeenkomst. Bent u niet tevreden over hoe wij met uw gegevens omgaan? Dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens.</p>
<h2>Beveiliging</h2>
<p>De website gebruikt altijd een versleutelde verbinding. Alleen organisatoren die moeten inloggen, kunnen uw gegevens zien.</p>
<h2>Wijzigingen</h2>
<p>Als wij deze verklaring aanpassen, ziet u dat aan de datum onderaan deze pagina.</p>',
body_en =
'<p>On this website you can register for events. For that we need a few details from you. This statement explains which details, why we need them, who sees them, how long we keep them and what your rights are. We comply with the General Data Protection Regulation (GDPR).</p>
<h2>Who is responsible?</h2>
<p>The organisation that runs this website is responsible for your data. The page of each event shows which organisations organise it.</p>
<h2>Which data do we ask for?</h2>
<p>We ask for as little as possible. When you register for an event, we ask for:</p>
<ul>
<li>your name and e-mail address, to confirm your registration and to tell you about changes;</li>
<li>your organisation and job title, if you wish to give them, so that speakers know who is in the room;</li>
<li>whether you attend in person or online, and the workshop you choose, so that we know how many people will come to each room;</li>
<li>your answers to questions from the organiser, for example about dietary or accessibility needs. You only fill these in if you want to;</li>
<li>your number in a professional register, only for events that carry accreditation points.</li>
</ul>
<p>We also keep when you registered and gave your consent, and the language you want your e-mails in.</p>
<h2>What do we use your data for?</h2>
<p>Only to organise the event: to confirm your registration, remind you of the event, tell you when something changes, offer you a place that became free when you are on the waiting list and, for an online event, send you the link to take part. We do not use your data for anything else. We do not sell it and do not give it to others for advertising. This website sends no newsletter.</p>
<h2>Who sees your data?</h2>
<p>The organisers of the event you register for and the administrators of this website. They have to sign in to do so. E-mails to you go through the mail server of the organisation that runs this website.</p>
<h2>Your personal link</h2>
<p>Every e-mail about your registration contains a personal link. With it you can view, change or cancel your registration, and download or erase your data, without a password. Anyone who has this link can see and change your registration, so please do not share it. We do not keep the link itself, only an encrypted fingerprint of it.</p>
<h2>E-mails</h2>
<p>We keep the content of an e-mail to you only until it has been sent. Of a sent e-mail we then keep only whom it went to, its subject and when, for {{mailRetention}}. An e-mail that could not be delivered is kept for {{failedMailRetention}}, so that the organiser can send it again.</p>
<h2>Cookies and tracking</h2>
<p>This website uses no cookies to track you and shows no advertisements. We only use two cookies that the website needs to work: one that remembers your choice of language, and a session cookie that protects forms and keeps organisers signed in. The session cookie disappears when you close your browser. We do not load fonts, scripts or other files from other websites.</p>
<h2>How long do we keep your data?</h2>
<p>We keep your registration until {{retention}} after the event. {{retentionByOrganisation}} Then your name, e-mail address, organisation, job title, register number and the answers you wrote yourself are removed automatically, and your personal link stops working. What remains is data without a name, for the figures: that someone was registered, whether they came in person or online, which workshop they chose and the choices made for questions with fixed answers. Internal processing records that may contain your e-mail address are deleted after {{eventLogRetention}}.</p>
<h2>Your rights</h2>
<ul>
<li>You may see your data. With your personal link you can download it: your registration, your answers and the e-mails we sent you.</li>
<li>You may have your data corrected. With your personal link you can do this yourself.</li>
<li>You may cancel your registration at any time, also with your personal link.</li>
<li>You may have your data erased. With your personal link you do this yourself, at once; your registration is then cancelled and your place goes to the first person on the waiting list. You can also ask the organiser: they then erase all your registrations and e-mails on this website. We record that data was erased, when and by whom, but not whose.</li>
<li>You may object to the use of your data.</li>
</ul>
<p>Would you like to use one of these rights and does your link not help? Please contact the organiser of the event. Are you unhappy with how we handle your data? You can file a complaint with the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).</p>
<h2>Security</h2>
<p>The website always uses an encrypted connection. Only organisers, who have to sign in, can see your data.</p>
<h2>Changes</h2>
<p>When we change this statement, you can tell by the date at the bottom of this page.</p>'
where slug = 'privacy' and body_nl like '%bevestigt via een link in een e-mail%';
