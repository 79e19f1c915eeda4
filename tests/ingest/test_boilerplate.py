"""Boxes, captions and prompts are set aside with a reason; article paragraphs never are."""

from __future__ import annotations

import time

import pytest

from dashboard.ingest import boilerplate, reader
from dashboard.ingest.boilerplate import classify, removed_list
from dashboard.ingest.reader import RawBlock, RawText

DONATION = "donation appeal"
NEWSLETTER = "newsletter or subscription box"
COOKIE = "cookie notice"
RELATED = "related links box"
CAPTION = "photo caption or credit"
BYLINE = "byline"
ADVERT = "advertisement"
SHARE = "share or comment prompt"
FOOTER = "copyright or footer"
NAVIGATION = "navigation"
AUTHOR_BIO = "author bio"
MARKET = "market data"
CORRECTION = "correction note"
SERVICE = "service box (weather, jobs, listings)"

ARTICLE = {
    "de": "Die Außenministerin traf am Montag in Lima ihren peruanischen Amtskollegen, um über "
    "Handel, Häfen und die Zusammenarbeit bei der Fischerei zu sprechen.",
    "es": "La canciller alemana se reunió el lunes en Lima con su homólogo peruano para hablar "
    "de comercio, puertos y cooperación pesquera.",
    "en": "The German foreign minister met her Peruvian counterpart in Lima on Monday to discuss "
    "trade, ports and cooperation on fisheries.",
}

BOXES = [
    # German
    (
        "de",
        "Unterstützen Sie unsere Arbeit! Mit einer Spende ab fünf Euro sichern Sie "
        "unabhängigen Journalismus.",
        DONATION,
    ),
    ("de", "Jetzt spenden", DONATION),
    ("de", "Liebe Leserinnen und Leser, guter Journalismus kostet Geld. Helfen Sie mit.", DONATION),
    (
        "de",
        "Newsletter abonnieren: Die wichtigsten Nachrichten des Tages direkt in Ihr Postfach.",
        NEWSLETTER,
    ),
    ("de", "Melden Sie sich hier für unseren Newsletter an.", NEWSLETTER),
    (
        "de",
        "Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt 4 Wochen gratis testen.",
        NEWSLETTER,
    ),
    (
        "de",
        "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Alle akzeptieren",
        COOKIE,
    ),
    ("de", "Lesen Sie auch: Peru und China unterzeichnen Hafenabkommen", RELATED),
    ("de", "Mehr zum Thema", RELATED),
    ("de", "Foto: dpa", CAPTION),
    ("de", "Bild: picture alliance / dpa / Michael Kappeler", CAPTION),
    ("de", "Der Minister bei seinem Besuch in Lima. Foto: Reuters", CAPTION),
    ("de", "Quelle: Reuters", CAPTION),
    ("de", "Von Maria Schmidt", BYLINE),
    ("de", "Von Maria Schmidt und Peter Müller, Berlin", BYLINE),
    ("de", "Veröffentlicht am 3. März 2024, 14:30 Uhr", BYLINE),
    ("de", "(dpa/xy)", BYLINE),
    ("de", "Nichts verpassen! Der Lateinamerika-Newsletter kommt jeden Freitag.", NEWSLETTER),
    ("de", "Anzeige", ADVERT),
    ("de", "Weiter nach der Anzeige", ADVERT),
    ("de", "Teilen auf Facebook", SHARE),
    ("de", "12 Kommentare", SHARE),
    ("de", "© 2024 Zeitung Verlag GmbH. Alle Rechte vorbehalten.", FOOTER),
    ("de", "Impressum | Datenschutz | Kontakt", FOOTER),
    ("de", "Startseite > Politik > Ausland", NAVIGATION),
    ("de", "Zurück zur Startseite", NAVIGATION),
    # Spanish
    ("es", "Apoya el periodismo independiente: hazte socio desde 5 euros al mes.", DONATION),
    ("es", "Con tu aporte podemos seguir investigando. Dona ahora.", DONATION),
    (
        "es",
        "Suscríbete a nuestro boletín y recibe las noticias más importantes cada mañana.",
        NEWSLETTER,
    ),
    ("es", "Este contenido es exclusivo para suscriptores.", NEWSLETTER),
    ("es", "Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", COOKIE),
    ("es", "Lee también: Perú y China firman acuerdo portuario", RELATED),
    ("es", "Noticias relacionadas", RELATED),
    ("es", "Imagen: EFE", CAPTION),
    ("es", "El presidente durante la ceremonia en Lima. (Foto: Andina)", CAPTION),
    ("es", "EFE/ Paolo Aguilar", CAPTION),
    ("es", "Por Ana Pérez | Lima", BYLINE),
    ("es", "Publicado el 3 de marzo de 2024", BYLINE),
    ("es", "EFE mv/pq", BYLINE),
    ("es", "Publicidad", ADVERT),
    ("es", "Comparte esta noticia en WhatsApp", SHARE),
    ("es", "Deja tu comentario", SHARE),
    ("es", "Todos los derechos reservados. Prohibida su reproducción total o parcial.", FOOTER),
    ("es", "Volver arriba", NAVIGATION),
    # English
    ("en", "Support independent journalism. Make a donation today.", DONATION),
    ("en", "Dear reader, we rely on you to keep our reporting free for everyone.", DONATION),
    ("en", "Sign up for our daily newsletter and get the top stories in your inbox.", NEWSLETTER),
    ("en", "Already a subscriber? Log in to continue reading.", NEWSLETTER),
    ("en", "We use cookies to improve your experience on our site.", COOKIE),
    ("en", "Related: Peru and China sign port deal", RELATED),
    ("en", "Read more: Beijing courts Latin America", RELATED),
    ("en", "(Photo: Reuters)", CAPTION),
    ("en", "AFP/Getty Images", CAPTION),
    ("en", "REUTERS/Pilar Olivares", CAPTION),
    ("en", "By John Doe, Reuters", BYLINE),
    ("en", "Reporting by Marco Aquino; Editing by Jane Smith", BYLINE),
    ("en", "Our weekly Andes newsletter lands every Friday. Subscribe now.", NEWSLETTER),
    ("en", "Our Standards: what we publish and why.", FOOTER),
    ("en", "Advertisement", ADVERT),
    ("en", "Story continues below advertisement", ADVERT),
    ("en", "Share this article", SHARE),
    ("en", "Facebook Twitter WhatsApp Email", SHARE),
    ("en", "All rights reserved.", FOOTER),
    ("en", "Skip to content", NAVIGATION),
    # metadata strips, e-mail editions, author notes and section labels
    ("es", "Por Julia Ramos | Sección Mundo | 3 de marzo de 2026 | Lectura: 4 min", BYLINE),
    ("es", "Redacción / Agencias · Quito · 4 mar 2026 - 10:15 CET", BYLINE),
    ("en", "Tom Baker · Tue 3 Mar 2026 09.30 GMT", BYLINE),
    ("de", "Von Lena Vogt | Politik | 03.03.2026, 14:10 Uhr", BYLINE),
    ("en", "View this email in your browser. Not subscribed yet? Sign up here.", NEWSLETTER),
    ("en", "You are receiving this email because you signed up. Unsubscribe here.", NEWSLETTER),
    ("es", "Recibes este correo porque te suscribiste. Darte de baja aquí.", NEWSLETTER),
    ("de", "Sie erhalten diesen Newsletter, weil Sie sich angemeldet haben.", NEWSLETTER),
    ("en", "Support independent analysis: the institute takes no state funding.", DONATION),
    ("es", "Seguí leyendo: El campo espera una cosecha récord", RELATED),
    ("de", "Dieses Thema im Programm: Abendnachrichten, 3. März 2026, 20:00 Uhr", FOOTER),
    ("en", "Tom Baker is a freelance journalist who has reported from Quito since 2020.", BYLINE),
    ("es", "Julia Ramos es periodista y vive en Quito desde 2018.", BYLINE),
    ("de", "Lena Vogt ist freie Journalistin und berichtet seit 2019 aus Quito.", BYLINE),
    ("en", "Ann Kerr is a former trade official and a senior fellow at the Lowe Centre.", BYLINE),
    ("en", "This issue was written by our editors. Views are our own.", FOOTER),
    ("de", "Audio: Hören Sie den Bericht von Eva Lang (3:10 Min.)", SHARE),
    ("de", "Dieser Artikel wurde 88 Mal kommentiert. Zu den Kommentaren", SHARE),
    ("de", "Diese Meldung wurde am 3. März 2026 um 07:05 Uhr im Radioprogramm gesendet.", FOOTER),
    ("es", "Boletín semanal: recibe cada lunes nuestro análisis en tu correo.", NEWSLETTER),
    ("en", "Enjoying the Brief? Get it in your inbox every Friday, free of charge.", NEWSLETTER),
    ("en", "By Brian Otieno, EABC News, Lamu | Published 2 hours ago", BYLINE),
    ("de", "Tobias Kern berichtet für den Wirtschaftskurier über die Rüstungsindustrie.", BYLINE),
    ("de", "Sie lesen einen exklusiven Plus-Artikel. Testen Sie Kurier Plus.", NEWSLETTER),
    ("en", "You are receiving the Harbour Brief because you subscribed.", NEWSLETTER),
    ("en", "Forward this brief to a colleague, or share it on LinkedIn.", SHARE),
    ("es", "Redacción La Región Norte / con agencias", BYLINE),
    ("en", "Sponsored: Register now for the annual Security Dialogue, 4-5 November.", ADVERT),
    ("en", "Reading list: our 2024 paper on the naval base; a study of textbooks.", RELATED),
    ("de", "Internet: Gemeinsame Erklärung im Wortlaut; Abstimmungsprotokoll", RELATED),
    ("de", "Audio: Eva Lang über das Veto, 3:42 Min. – jetzt in der App anhören", SHARE),
    ("es", "Ernesto Valdivia es economista y profesor de Relaciones Internacionales.", BYLINE),
    ("en", "BAY OF BENGAL FORUM | Weekly Briefing No. 214", NEWSLETTER),
    ("en", "You are receiving this because you signed up at a Forum event.", NEWSLETTER),
    ("de", "Audio: Eva Lang, ARD Warschau, über die Lage im Grenzgebiet | 3 Min", SHARE),
    ("de", "Dieses Angebot verwendet Cookies. Mit der Nutzung stimmen Sie zu.", COOKIE),
    ("en", "THE COAST OBSERVER | Mombasa's independent daily since 1987", NAVIGATION),
    ("es", "Contrapunto Caribe — periodismo independiente desde Santo Domingo", NAVIGATION),
    ("en", "Get the Coast Observer morning briefing in your inbox. Sign up for free.", NEWSLETTER),
    ("en", "Two leaders shake hands after signing the treaty. (Reuters: Ann Lee)", CAPTION),
    ("en", "PPB acknowledges Aboriginal and Torres Strait Islander peoples.", FOOTER),
    ("en", "Opinion | Trade", NAVIGATION),
    ("de", "214 Kommentare – Diskutieren Sie mit", SHARE),
    ("es", "Escuchar este artículo · 6 min", SHARE),
    ("es", "Comparte esta columna en X, Facebook o WhatsApp", SHARE),
    ("es", "Las opiniones expresadas en esta columna son responsabilidad de su autor.", FOOTER),
    ("en", "The views expressed here are the author's own.", FOOTER),
    (
        "es",
        "Recibe cada viernes nuestras columnas. Suscríbete gratis al boletín semanal.",
        NEWSLETTER,
    ),
    ("en", "You are reading The Weekly Brief, our newsletter on South Asia.", NEWSLETTER),
    (
        "en",
        "Peru votes again · Chile's copper boom, one year on · Why Bolivia rethinks lithium",
        RELATED,
    ),
    ("en", "— Tom Baker, editor, with Ana Ruiz", BYLINE),
    (
        "de",
        "Wir und unsere Partner verwenden Cookies und vergleichbare Technologien.",
        COOKIE,
    ),
    (
        "en",
        "Andes Brief is the fortnightly newsletter of the Lima Institute. Forwarded this email?",
        NEWSLETTER,
    ),
    # found on held-out texts: comment counts, broadcast notes, forwarded newsletters, paywalls,
    # bios with initials, metadata strips, disclaimers and one-word section labels
    (
        "de",
        "Über dieses Thema berichtete der Sender am 3. Mai um 16:00 Uhr.",
        "share or comment prompt",
    ),
    (
        "en",
        "Comments (42). Join the conversation on our social channels.",
        "share or comment prompt",
    ),
    ("es", "Comentarios (27) | Inicia sesión para comentar", "share or comment prompt"),
    (
        "es",
        "¿Te reenviaron este boletín? Suscríbete gratis cada lunes.",
        "newsletter or subscription box",
    ),
    (
        "es",
        "Para seguir leyendo, hazte suscriptor por 19.900 pesos al mes.",
        "newsletter or subscription box",
    ),
    (
        "en",
        "To continue reading, subscribe for one dollar a week.",
        "newsletter or subscription box",
    ),
    ("de", "Unterstützen Sie unabhängige Analyse: Werden Sie Fördermitglied.", "donation appeal"),
    ("en", "Thomas R. Whitaker is a contributing editor at The Review.", "byline"),
    ("en", "Posted Thu 20 Nov 2025 at 4:12pm, updated 3 hours ago", "byline"),
    ("es", "Redacción Judicial | El Diario | 21 de octubre, 6:15 a. m.", "byline"),
    ("es", "Por Lucía Ferreyra, investigadora principal del programa Asia.", "byline"),
    (
        "es",
        "El Observatorio es independiente. Las opiniones expresadas son de sus autores.",
        "copyright or footer",
    ),
    ("es", "TRIBUNA", "navigation"),
    # kinds of box found on newsletters, magazines and agency wires: notes on where the text
    # comes from, sponsor and paywall boxes, sign-offs, credits and bios
    # agency notes: automatic import, editors' slug, copyright
    (
        "de",
        "Dieser Text wurde automatisiert aus dem Dienst der Nachrichtenagentur AFP übernommen "
        "und nicht redigiert.",
        FOOTER,
    ),
    (
        "es",
        "Esta noticia ha sido publicada de forma automática a partir de un teletipo de la "
        "agencia EFE.",
        FOOTER,
    ),
    (
        "en",
        "(This story has not been edited by Harbour Times staff and is auto-generated from a "
        "syndicated feed.)",
        FOOTER,
    ),
    ("de", "dpa ab yyzz n1 hf", BYLINE),
    ("de", "dpa:260304-930-112233/2", BYLINE),
    ("en", "bur-lk/mw", BYLINE),
    ("es", "(c) Europa Press", FOOTER),
    ("en", "(c) The Associated Press 2026", FOOTER),
    # captions that end in the agency and the photographer, and chart credits
    (
        "es",
        "Agentes migratorios revisan documentos en la frontera de Ciudad Hidalgo. "
        "EFE/Juan Manuel Blanco",
        CAPTION,
    ),
    (
        "en",
        "Protesters gather outside parliament in Port Moresby on Tuesday. (AP Photo/Kate Lindsay)",
        CAPTION,
    ),
    ("de", "Soldaten bei einer Übung nahe Vilnius. picture alliance/dpa/Kay Nietfeld", CAPTION),
    (
        "en",
        "Chart: Container throughput at Colombo, 2015-2025. Source: Sri Lanka Ports Authority",
        CAPTION,
    ),
    ("es", "Gráfica: Exportaciones de cobre por destino. Fuente: Cochilco", CAPTION),
    # audio and podcast teasers with their length
    ("de", "Audio: Wie Polen seine Ostgrenze sichert (6 Min.)", SHARE),
    ("es", "Audio: El canciller explica el acuerdo con Lima (3:45 min)", SHARE),
    ("en", "Audio: Inside the port deal that divided Colombo (28 min)", SHARE),
    # notes on the article itself: printed in an issue, part of a series
    (
        "es",
        "Este artículo apareció en la edición impresa de marzo. Consigue la revista en tu quiosco.",
        FOOTER,
    ),
    ("de", "Dieser Text erschien zuerst in unserer Printausgabe vom Februar.", FOOTER),
    ("en", "This article appears in the April 2026 issue of Harbour Quarterly.", FOOTER),
    ("de", "Dieser Beitrag ist Teil unserer Serie „Häfen der Welt“.", FOOTER),
    ("es", "Esta crónica forma parte de la serie «Fronteras del Pacífico».", FOOTER),
    ("en", "This article is part of our series on the new Silk Roads.", FOOTER),
    # opinion disclaimers
    ("en", "Opinions expressed on this site are solely those of the contributors.", FOOTER),
    (
        "de",
        "Die Meinung der Gastautorin gibt nicht unbedingt die Haltung der Redaktion wieder.",
        FOOTER,
    ),
    ("es", "Las columnas de opinión son responsabilidad exclusiva de quienes las firman.", FOOTER),
    # paywalls and offers to paying readers
    ("de", "Möchten Sie weiterlesen? Mit dem Digitalabo lesen Sie alle Artikel.", NEWSLETTER),
    ("es", "¿Quieres seguir leyendo? Suscríbete desde 2 euros al mes.", NEWSLETTER),
    (
        "en",
        "Paid subscribers get our weekly data sheet and every past issue. Upgrade to a paid "
        "subscription today.",
        NEWSLETTER,
    ),
    (
        "es",
        "Recibe cada lunes nuestras recomendaciones de lectura: apúntate a la lista.",
        NEWSLETTER,
    ),
    # "why you get this" and the newsletter's sign-off
    (
        "en",
        "You're receiving Harbour Notes because you registered at one of our port briefings.",
        NEWSLETTER,
    ),
    ("es", "Recibes Mar Abierto porque te suscribiste en nuestra web.", NEWSLETTER),
    (
        "de",
        "Sie erhalten den Hafenbrief, weil Sie sich auf unserer Website angemeldet haben.",
        NEWSLETTER,
    ),
    ("en", "That's all for this edition. Have a tip? Hit reply and tell us.", NEWSLETTER),
    (
        "de",
        "Das war's für diese Woche. Antworten Sie einfach auf diese Mail, wenn Sie Fragen haben.",
        NEWSLETTER,
    ),
    ("es", "Eso es todo por esta semana. Si tienes una pista, responde a este correo.", NEWSLETTER),
    ("en", "Thanks for reading. See you next Thursday.", NEWSLETTER),
    # appeals: "free, but not free to make"
    (
        "en",
        "The Harbour Letter is free, but it is not free to produce. Become a supporting member "
        "today.",
        DONATION,
    ),
    (
        "es",
        "Nuestro periodismo es gratuito, pero producirlo cuesta. Apóyanos con una contribución "
        "mensual.",
        DONATION,
    ),
    (
        "de",
        "Unser Journalismus ist frei zugänglich, aber nicht kostenlos. Werden Sie Fördermitglied.",
        DONATION,
    ),
    # sponsor notes
    ("en", "Sponsored · Register for the Andes Trade Forum in Lima, 12-13 May.", ADVERT),
    ("en", "This newsletter is supported by the Pacific Ports Council.", ADVERT),
    (
        "en",
        "This issue is brought to you by the Port Futures Summit. Use code HARBOUR for 10% off.",
        ADVERT,
    ),
    ("de", "Anzeige · Die Hafenkonferenz Hamburg 2026: Jetzt Tickets sichern.", ADVERT),
    ("de", "Dieser Newsletter wird unterstützt von der Stiftung Seehandel.", ADVERT),
    ("es", "Patrocinado · Congreso de Puertos del Pacífico, Valparaíso, 3 y 4 de junio.", ADVERT),
    ("es", "Este boletín es posible gracias a la Fundación Mares.", ADVERT),
    # archive teasers and teasers with a reading time
    ("en", "From the archive: How Sri Lanka lost its port (8 min read)", RELATED),
    ("en", "Why Fiji said no to the Chinese police deal (4 min read)", RELATED),
    ("de", "Aus unserem Archiv: Wie Piräus chinesisch wurde", RELATED),
    ("es", "Del archivo: Así se construyó el puerto de Chancay (6 min de lectura)", RELATED),
    # bylines that say who did what, and bios with a note on who paid for the trip
    ("es", "Por Marta Ibáñez (texto) y Diego Soto (fotos)", BYLINE),
    ("en", "By Sam Okafor (words) and Ana Lima (photography)", BYLINE),
    (
        "es",
        "Marta Ibáñez es periodista y cubre el Pacífico sur desde Lima. Diego Soto es "
        "fotógrafo. Este reportaje fue posible gracias a una beca de periodismo de la Fundación "
        "Costa, que no intervino en su contenido.",
        AUTHOR_BIO,
    ),
    ("en", "Reporting for this story was supported by the Pulitzer Center.", AUTHOR_BIO),
    (
        "de",
        "Die Recherche zu diesem Artikel wurde von der Stiftung Hafenjournalismus gefördert.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Ana Lima is a photographer based in Suva and a regular contributor to this magazine. "
        "She has covered the Pacific Islands Forum since 2019, with a focus on fisheries, "
        "policing and the region's ports.",
        AUTHOR_BIO,
    ),
    ("de", "Teilen Sie den Artikel gern per WhatsApp oder E-Mail.", SHARE),
    # section labels, reading times, posting times, tip lines, embeds, sign-offs
    ("de", "Nahost", NAVIGATION),
    ("es", "Internacional", NAVIGATION),
    ("en", "Middle East", NAVIGATION),
    ("es", "Lectura: 6 minutos", BYLINE),
    ("en", "3 hours ago", BYLINE),
    ("de", "vor 2 Stunden", BYLINE),
    ("es", "hace 5 horas", BYLINE),
    (
        "es",
        "¿Tienes información sobre este caso? Escríbenos de forma confidencial a pistas@ejemplo.es",
        SHARE,
    ),
    ("en", "Do you have information about this story? Contact our team securely.", SHARE),
    (
        "de",
        "Um diesen Inhalt anzuzeigen, müssen Sie externe Inhalte von YouTube zulassen.",
        SHARE,
    ),
    ("en", "Share The Harbour Letter with a friend: just forward this email.", SHARE),
    (
        "es",
        "Newsletters: Reciba cada tarde lo más leído en su correo. Inscríbase aquí",
        NEWSLETTER,
    ),
    (
        "en",
        "Our long read of the week: why the Sahel juntas turned to Moscow. Read it here.",
        RELATED,
    ),
    (
        "en",
        "The Gulf Letter is written by Sara Haddad and Tom Reyes. Reply to this email with tips.",
        FOOTER,
    ),
    (
        "en",
        "Opinion pieces reflect the views of their authors, not necessarily those of the Tribune.",
        FOOTER,
    ),
    (
        "en",
        "This issue is supported by PortWatch, port-call data for analysts. Try it free for a "
        "month.",
        ADVERT,
    ),
    (
        "es",
        "Migrantes desembarcan en el puerto de Los Cristianos tras cuatro días de travesía. "
        "MARTA RUIZ",
        CAPTION,
    ),
    # agency slugs, kickers, credits, sign-offs and follow prompts of sets 20-22's kind
    ("de", "abc/dpa/xyz", BYLINE),
    ("de", "dpa kl/rt yyzz a3 mb", BYLINE),
    ("en", "ANALYSIS · TRADE & TARIFFS", NAVIGATION),
    ("en", "By Lena Ortiz, photographs by Sam Weber · 9 min read", BYLINE),
    ("de", "Audio: Wahl in Chile – Korrespondent Max Berg berichtet, 4 Min", SHARE),
    ("es", "(c) AFP. Prohibida su reproducción total o parcial.", FOOTER),
    (
        "en",
        "The Andes Letter is published by the Pacific Policy Institute, 200 Main Street, Denver.",
        FOOTER,
    ),
    ("en", "Comments are closed for this story.", SHARE),
    (
        "es",
        "Este reportaje se realizó con el apoyo del programa de becas de periodismo de la "
        "Fundación Norte.",
        AUTHOR_BIO,
    ),
    ("es", "Escuchar noticia · Compartir en WhatsApp y X", SHARE),
    ("es", "La ministra saluda a los soldados en Riga. EFE/Ministerio de Defensa", CAPTION),
    ("es", "Sigue toda la actualidad en el canal de WhatsApp de Radio Sur", SHARE),
    (
        "en",
        "Sponsored by Northwind Insurance: cover for ships in risky waters. Get a quote today.",
        ADVERT,
    ),
    (
        "en",
        "Forwarded this by a colleague? Subscribe here to get The Letter every Monday.",
        NEWSLETTER,
    ),
    # invented after held-out sets 26-28: an outlet's own donation ask, closed comments, app
    # promotions, sponsor labels, a bio with a name particle, players and channel prompts
    (
        "de",
        "Unabhängiger Journalismus braucht Sie: Unterstützen Sie den Wochenboten mit einem"
        " freiwilligen Beitrag.",
        DONATION,
    ),
    ("de", "Kommentare sind für diesen Artikel geschlossen.", SHARE),
    (
        "en",
        "Get the latest news and weather on the Harbour Radio app, free on iOS and Android.",
        SHARE,
    ),
    ("en", "PRESENTED BY ATLAS SHIPPING: Freight from Rotterdam to Lima in 30 days.", ADVERT),
    ("en", "Presented by Northline Bank — Trade finance for the Andes. Call us today.", ADVERT),
    ("es", "Presentado por Banco Sur: créditos para exportar a Asia. Consúltenos.", ADVERT),
    (
        "es",
        "Pedro de Alvarado es diplomático de carrera. Fue embajador en Polonia.",
        BYLINE,
    ),
    ("en", "Ruth Ames is a career diplomat and writes on the Gulf.", BYLINE),
    ("es", "Escuchá la entrevista con el canciller en Montevideo (4:12)", SHARE),
    (
        "es",
        "Seguí a Radio Sur en nuestro canal de WhatsApp y enterate antes que nadie.",
        SHARE,
    ),
    # invented after held-out set 29: a menu ending on a question, an outlet's pointer to its
    # section, a sponsor of a named newsletter, reading lists, a member ask, a fellow's bio
    ("de", "Sender Nord · Startseite · Inland · Ausland · Wetter · Sendung verpasst?", NAVIGATION),
    (
        "de",
        "dpa · Mehr Nachrichten aus aller Welt finden Sie in unserem Ressort Politik.",
        NAVIGATION,
    ),
    (
        "en",
        "This issue of Andes Letter is supported by Cordillera Freight. Start your free trial.",
        ADVERT,
    ),
    ("en", "What we're reading: Peru's new cabinet and the port (Lima Review)", RELATED),
    (
        "en",
        "Enjoying this column? Support independent regional journalism. Become a member today.",
        DONATION,
    ),
    (
        "en",
        "Ann Ortiz is a senior fellow at the Lima Institute and a former diplomat who served in"
        ' Quito and La Paz. Her new book, "The Andean Ports", is out in May.',
        "author bio",
    ),
    # invented after held-out sets 30-31: closed comments, a metered paywall, an app's strap,
    # two-part section labels, a member ask with a price, a paid extra, a sign-off with an
    # unsubscribe line
    ("es", "Comentarios cerrados", SHARE),
    (
        "en",
        "You have read 2 of your 3 free articles this month. Subscribe for unlimited access.",
        NEWSLETTER,
    ),
    ("de", "Die Nordfunk-App: Nachrichten und Livestreams, jederzeit und überall.", SHARE),
    ("es", "MERCADOS & EMPRESAS · Economía global", NAVIGATION),
    ("en", "OPINION | Defence and Security", NAVIGATION),
    (
        "en",
        "Support journalism that asks hard questions. Become a Harbour member from $6 a month.",
        DONATION,
    ),
    (
        "en",
        "Paid subscribers also got our long read on the Ream base and a map of port calls.",
        NEWSLETTER,
    ),
    (
        "en",
        "Ana Ruiz writes The Andes Ledger from Cusco. You're receiving this because you"
        " subscribed at andesledger.example. Unsubscribe | Update your preferences",
        NEWSLETTER,
    ),
    # invented after held-out sets 32-34: bylines, broadcast notes, closed comments with a date,
    # editor codes, agency copyright, sponsor labels, sign-offs, paywall notes, updates,
    # market-data notes, podcast pointers, quick links
    ("de", "Beitrag von Anna Berg und Paweł Nowak", BYLINE),
    ("de", "Sendung: Radio Nord, 23.10.2025, 16:00 Uhr", SHARE),
    ("de", "Die Kommentarfunktion wurde am 24.10.2025 um 09:12 Uhr geschlossen.", SHARE),
    ("es", "ms/jac", BYLINE),
    (
        "es",
        "(c) Agencia EFE 2025. Está expresamente prohibida la redistribución de los contenidos.",
        FOOTER,
    ),
    ("en", "SPONSORED — Andes Port Summit, Lima, 4 March. Early-bird tickets until May.", ADVERT),
    (
        "en",
        "The Andes Letter is written by Ana Ruiz in Lima. Unsubscribe · Manage preferences",
        NEWSLETTER,
    ),
    (
        "de",
        "Dieser Artikel ist Teil unseres Digital-Abos. Testen Sie jetzt alle Reportagen.",
        FOOTER,
    ),
    ("es", "Lucía Montalvo, corresponsal en Ciudad de México", BYLINE),
    ("en", "This article has been updated to include comments from the minister.", FOOTER),
    ("en", "Market data delayed by at least 15 minutes. Source: LSEG.", FOOTER),
    ("de", "Mehr zum Thema im Podcast: Wie Peru mit China handelt – jetzt anhören.", SHARE),
    (
        "en",
        "This issue is brought to you by Andes Freight — rail from Callao in 18 days. Request a"
        " quote today.",
        ADVERT,
    ),
    ("en", "Quick links: Peru's port opens; Chile's lithium deal; Bolivia's vote", RELATED),
    # invented after held-out sets 35-43: metered paywalls, agency captions with their terms, a
    # photographer working for the outlet, web-view links, reader-supported newsletters, share
    # buttons and forward prompts, pointers to a ticker, grant notes, tickers and price boxes,
    # notes on where a text appeared, dpa codes and notes, region teasers, follow prompts,
    # sign-offs, "Name. City" bylines, mastheads with a middle dot and genre labels
    (
        "de",
        "Weiterlesen mit Kurier+: Sie haben 5 von 5 freien Artikeln gelesen. Jetzt einen Monat "
        "für 1 Euro testen.",
        NEWSLETTER,
    ),
    (
        "es",
        "Has leído 4 de 5 artículos gratuitos este mes. Suscríbete para seguir sin límites.",
        NEWSLETTER,
    ),
    (
        "en",
        "You've used all your free articles for this month. Subscribe to keep reading.",
        NEWSLETTER,
    ),
    (
        "es",
        "Fotografía facilitada por la Armada de Chile del buque escuela durante el ejercicio "
        "naval. EFE/Armada de Chile SOLO USO EDITORIAL",
        CAPTION,
    ),
    (
        "en",
        "Dockworkers unload grain at the port of Odesa in March. "
        "(Marta Lis for The Harbour Review)",
        CAPTION,
    ),
    ("en", "View this edition on the web", NEWSLETTER),
    (
        "en",
        "Harbour Notes runs on reader support: paid members keep the archive open for everyone.",
        DONATION,
    ),
    (
        "en",
        "The rest of today's letter is for paying members. Join them for $6 a month.",
        NEWSLETTER,
    ),
    ("en", "Upgrade to premium and get the full archive of our port maps.", NEWSLETTER),
    ("en", "Become a founding member for $5 a month and get every map we draw.", DONATION),
    ("en", "Our maps stay free. Become a Harbour member for $5 a month.", DONATION),
    ("en", "Share Port Watch", SHARE),
    ("en", "Share The Andes Letter: send this issue to a colleague who follows the region.", SHARE),
    ("en", "Please forward this email to a colleague who covers the Gulf.", SHARE),
    ("en", "Know a colleague who would enjoy this? Send them our sign-up link.", SHARE),
    ("de", "Leiten Sie diesen Newsletter gern an Kolleginnen weiter.", SHARE),
    ("es", "Reenvía este boletín a quien le pueda interesar.", SHARE),
    ("de", "Alle Meldungen zum Krieg im Sudan finden Sie in unserem Liveblog.", NAVIGATION),
    (
        "es",
        "Esta crónica fue posible gracias a una beca del Fondo Andino de Periodismo.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "This series was produced with the support of a fellowship from the Ocean Reporting "
        "Network.",
        AUTHOR_BIO,
    ),
    (
        "de",
        "Diese Reportage entstand mit Unterstützung eines Stipendiums der Stiftung Nordsee.",
        AUTHOR_BIO,
    ),
    ("en", "Gold $2,410.50 ▲0.3%", MARKET),
    ("de", "DAX 24.150 +0,4 %", MARKET),
    (
        "es",
        "Cotizaciones: cobre 9.410 dólares/t, +1,2 %; oro 2.390 dólares/onza, -0,2 %.",
        MARKET,
    ),
    (
        "en",
        "Market snapshot: Brent $70.10 (-0.4%), gold $2,390 (+0.2%), copper $9,410 (+1.2%).",
        MARKET,
    ),
    ("de", "Dieser Beitrag erschien zuerst in WELTSICHT, Heft 3/2026.", FOOTER),
    (
        "de",
        "Dieser Text ist Teil eines automatisierten Angebots der Nachrichtenagentur epd.",
        FOOTER,
    ),
    ("de", "dpa-infocom, dpa:260305-930-445566/1", BYLINE),
    ("de", "Notizblock - Links: Regierungserklärung im Wortlaut", RELATED),
    ("de", "Mehr aus Lateinamerika: Chile wählt einen neuen Kongress", RELATED),
    (
        "es",
        "Boletín Mar Adentro: cada viernes, lo esencial del Pacífico en tu correo. Apúntate ya.",
        NEWSLETTER,
    ),
    ("es", "Sigue a Onda Andina Noticias en Telegram para no perderte nada.", SHARE),
    (
        "es",
        "Sigue la última hora de la política internacional en nuestro canal de Telegram.",
        SHARE,
    ),
    ("en", "See you next Tuesday, Ana Ruiz, from Callao", NEWSLETTER),
    ("de", "Bis nächste Woche, Ihre Lena Vogt", NEWSLETTER),
    ("es", "Hasta la próxima semana, Marta", NEWSLETTER),
    ("es", "Marta Ibarra Soto. Bogotá. 5 mar. 2026 - 10:30", BYLINE),
    ("es", "Pablo Ruiz. Santiago de Chile", BYLINE),
    ("es", "LA VOZ DEL SUR · Periodismo independiente desde 1998", NAVIGATION),
    ("en", "THE HARBOUR STAR · Independent news since 1987", NAVIGATION),
    ("de", "Standpunkt", NAVIGATION),
    ("en", "Viewpoint", NAVIGATION),
    ("es", "Tribuna abierta", NAVIGATION),
    # invented after held-out sets 44-49: pointers to a broadcast, sign-up promos with a button,
    # sign-offs after a full stop, paywall notes with a trial price, newsletter mastheads in
    # capitals, "also on our site" teasers, dpa codes with umlauts, correction prompts, bylines
    # with an update stamp, "free because readers pay" appeals, capital credits with an agency,
    # free-edition notes
    (
        "es",
        "Escucha la entrevista completa con nuestro enviado a Kiev en Radio Nacional, el domingo "
        "a las 9:30.",
        SHARE,
    ),
    (
        "en",
        "Listen to the full dispatch from our Nairobi correspondent on World Radio at 7pm.",
        SHARE,
    ),
    (
        "de",
        "Hören Sie die ganze Reportage unserer Korrespondentin am Sonntag um 18 Uhr im Radio Nord.",
        SHARE,
    ),
    (
        "en",
        "Get The Morning Ledger in your inbox each weekday: three charts, one argument. "
        "Sign up free",
        NEWSLETTER,
    ),
    (
        "es",
        "Boletín Andes | Reciba cada jueves en su correo el análisis de la semana. Suscríbase "
        "gratis aquí.",
        NEWSLETTER,
    ),
    ("en", "See you next month. — Priya Das, managing editor", NEWSLETTER),
    ("es", "Hasta la próxima semana. — Marta Ibarra, editora", NEWSLETTER),
    (
        "de",
        "Kurier Digital: Sie lesen einen Beitrag aus unserem Plus-Angebot. Jetzt 6 Wochen für 2 "
        "Euro lesen, monatlich kündbar.",
        NEWSLETTER,
    ),
    (
        "en",
        "THE HARBOUR LETTER — Ports, shipping and the politics of the sea, from Lagos to Lima",
        NAVIGATION,
    ),
    (
        "es",
        "EL BOLETÍN DEL ESTRECHO — Comercio, migración y todo lo que cruza entre Tánger y Tarifa",
        NAVIGATION,
    ),
    ("en", "Also on our website: How Chile's copper towns are betting on lithium", RELATED),
    ("es", "También en nuestra web: Chile apuesta por el litio en el desierto", RELATED),
    ("de", "Auch auf unserer Website: Wie Chile auf Lithium setzt", RELATED),
    ("de", "dpa lm xxzz a4 bö", BYLINE),
    (
        "de",
        "Haben Sie einen Tippfehler gefunden? Melden Sie ihn über unser Kontaktformular.",
        FOOTER,
    ),
    ("de", "Ist Ihnen ein Fehler aufgefallen? Schreiben Sie uns eine E-Mail.", FOOTER),
    ("es", "¿Has detectado algún error en esta noticia? Escríbenos y lo corregimos.", FOOTER),
    ("en", "Spotted a mistake in this story? Let us know through our corrections form.", FOOTER),
    ("es", "Tomás Ibarra. Sevilla. Actualizado: 03/02/2026 18:20 CET", BYLINE),
    ("es", "Tomás Ibarra. Sevilla. Publicado el 3 feb. 2026 a las 18:20", BYLINE),
    (
        "de",
        "Dieser Newsletter bleibt für alle kostenlos – dank Hunderter Leserinnen und Leser, die "
        "ihn mit einem kleinen Beitrag finanzieren.",
        DONATION,
    ),
    (
        "es",
        "Este reportaje es de acceso libre gracias a los miles de socios que financian nuestra "
        "redacción.",
        DONATION,
    ),
    (
        "en",
        "This story is free to read because thousands of readers chip in each month. Join them.",
        DONATION,
    ),
    (
        "es",
        "Un carguero atraca en el puerto de Mersin, en el sur de Turquía. AYŞE DEMİR / REUTERS",
        CAPTION,
    ),
    ("en", "A freight train waits at the crossing near Khorgos. ANNA KOVÁCS / AFP", CAPTION),
    (
        "en",
        "You are reading the preview edition. Members get the full map archive. Upgrade for "
        "£5/month",
        NEWSLETTER,
    ),
    (
        "es",
        "Estás leyendo la edición gratuita. Los suscriptores reciben además el archivo completo.",
        NEWSLETTER,
    ),
    (
        "de",
        "Sie lesen die kostenlose Ausgabe. Abonnenten erhalten zusätzlich alle Grafiken.",
        NEWSLETTER,
    ),
    # invented after held-out sets 50-56: reader-funding asks with a local price, an outlet's
    # name after "Support", credits of an institution in brackets, feature credits with the
    # reading time, agency credit lines, section labels, notes over the comments, "ICYMI"
    # teasers, metered notes, imprint lines, issue notes with two months, author lines
    (
        "es",
        "Somos un medio que se sostiene con el aporte de sus lectores. Si te sirve lo que "
        "hacemos, sumate desde $2.500 mensuales.",
        DONATION,
    ),
    (
        "es",
        "Detrás de cada crónica hay semanas de trabajo. Hacete socio con 20 soles y ayudanos "
        "a seguir viajando.",
        DONATION,
    ),
    (
        "es",
        "Estas páginas existen gracias a los lectores que sostienen nuestro periodismo. Únete a "
        "nuestra comunidad desde 9.900 pesos al mes.",
        DONATION,
    ),
    (
        "en",
        "Support The Prairie Dispatch. No billionaire owns us and no party funds us. Donate "
        "today and keep local reporting alive.",
        DONATION,
    ),
    (
        "en",
        "Our newsroom is different: we accept no advertising and no government grants. Become a "
        "supporter today to keep it that way.",
        DONATION,
    ),
    ("en", "A patrol boat leaves the harbour at Halifax at dawn. (Royal Canadian Navy)", CAPTION),
    (
        "es",
        "Un buque oceanográfico fondea frente a Valparaíso. (Cortesía del Ministerio de Ciencia)",
        CAPTION,
    ),
    ("de", "Ein Aufklärungsflugzeug über der östlichen Ostsee. (Bundeswehr)", CAPTION),
    (
        "es",
        "Texto de Valeria Quintana Ruiz · Ilustraciones de Bruno Tello",
        BYLINE,
    ),
    ("es", "Reportaje de campo. Fotos: Emilio Sanz. Lectura de 7 minutos.", BYLINE),
    ("en", "Text by Grace Holloway. Photographs by Omar Haddad. 14-minute read.", BYLINE),
    ("de", "Eine Reportage aus Tiflis. Fotos: Lena Brandt. Lesezeit 11 Minuten.", BYLINE),
    ("es", "Con datos de las agencias Reuters y AFP.", BYLINE),
    ("en", "With agency reporting.", BYLINE),
    ("en", "Technology", NAVIGATION),
    ("es", "Ciberseguridad", NAVIGATION),
    ("de", "Kultur", NAVIGATION),
    (
        "es",
        "Comentarios | Para opinar debes iniciar sesión con tu cuenta de lector.",
        SHARE,
    ),
    ("es", "Para comentar esta noticia necesitas iniciar sesión.", SHARE),
    (
        "en",
        "You must be logged in to post a comment. Please keep the debate civil.",
        SHARE,
    ),
    ("de", "Bitte melden Sie sich an, um mitzudiskutieren.", SHARE),
    (
        "en",
        "ICYMI: On Tuesday we mapped every Chinese-built port on the Atlantic coast of Africa.",
        RELATED,
    ),
    (
        "es",
        "Por si te lo perdiste: el martes explicamos por qué Uruguay negocia a solas con China.",
        RELATED,
    ),
    (
        "de",
        "Falls Sie es verpasst haben: Am Dienstag erklärten wir, warum Uruguay allein mit China "
        "verhandelt.",
        RELATED,
    ),
    (
        "es",
        "Te quedan 3 notas gratis este mes. Hacete suscriptor y leé sin límites.",
        NEWSLETTER,
    ),
    (
        "en",
        "You have 2 free stories left. Members read every report from the Sahel desk.",
        NEWSLETTER,
    ),
    (
        "en",
        "You are reading a free story. Members get the weekly shipping tracker and the archive.",
        NEWSLETTER,
    ),
    ("de", "Sie haben noch 2 kostenlose Artikel in diesem Monat.", NEWSLETTER),
    (
        "en",
        "The Quayside Letter is an independent weekly newsletter. 9 Harbour Row, Cork. Contact: "
        "editor@quayside.example",
        FOOTER,
    ),
    (
        "es",
        "Carta Austral es un boletín independiente hecho en Punta Arenas. Contacto: "
        "redaccion@cartaaustral.example",
        FOOTER,
    ),
    (
        "de",
        "Der Fjordbote ist ein unabhängiger Newsletter aus Flensburg. Kontakt: "
        "post@fjordbote.example",
        FOOTER,
    ),
    ("en", "This essay appears in the March/April 2026 issue of The Northern Review.", FOOTER),
    (
        "es",
        "Julián Ferreyra Paz es ingeniero agrónomo en Entre Ríos y columnista de La Voz Rural.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Helen Marsh is a retired merchant navy captain and a columnist for The Coastal Times.",
        AUTHOR_BIO,
    ),
    (
        "de",
        "Jonas Albrecht ist Schiffsingenieur in Rostock und Kolumnist der Ostsee-Post.",
        AUTHOR_BIO,
    ),
    # invented after held-out sets 57-64: sponsor notes whose call is a free briefing or trial
    # at a web address, dpa's item number with the company's legal form, correspondents named
    # after a colon, reading times in Spanish, sharing with a friend, unsubscribe footers,
    # "Zum Weiterlesen:", section labels over teasers, agency credits in brackets, live labels
    # and more section names
    (
        "en",
        "This issue is supported by Atlas Risk, country analysis for exporters in the Andes. "
        "Book a free briefing at atlasrisk.example.",
        ADVERT,
    ),
    (
        "en",
        "This edition is supported by Quay Data: live berth schedules for 400 ports. Start a "
        "free trial at quaydata.io.",
        ADVERT,
    ),
    ("de", "dpa-infocom GmbH, dpa:251104-930-112233/2", BYLINE),
    ("de", "Korrespondent: Jonas Brand, dpa-Büro Nairobi.", BYLINE),
    ("es", "Corresponsal: Inés Robledo, Bogotá.", BYLINE),
    ("es", "Una entrevista de Pablo Serrano y Ana Gil (fotos) · 9 minutos de lectura", BYLINE),
    ("en", "Correspondent: Hannah Okoro, Lagos bureau.", BYLINE),
    ("en", "Liked this briefing? Share it with a friend who follows the Red Sea.", SHARE),
    (
        "en",
        "You can unsubscribe at any time from your account page. The Gulf Letter, 12 Quay "
        "Street, Leeds.",
        NEWSLETTER,
    ),
    ("de", "Zum Weiterlesen: Kenia stoppt Teeexporte nach Iran", RELATED),
    ("en", "More in World", RELATED),
    ("es", "Más en Internacional", RELATED),
    (
        "es",
        "Los presidentes se dan la mano en el palacio de gobierno. (EFE/Reuters/Pool)",
        CAPTION,
    ),
    (
        "en",
        "Soldiers unload crates at the port of Berbera on Monday. (Photo by Amina Yusuf / AFP)",
        CAPTION,
    ),
    ("es", "EN DIRECTO: Boletín de la tarde con Luis Peña", NAVIGATION),
    ("de", "Sicherheitspolitik", NAVIGATION),
    ("es", "Geopolítica", NAVIGATION),
    ("en", "Geopolitics", NAVIGATION),
    # invented after held-out sets 65-72: redistribution notices, opinion disclaimers, automatic
    # agency notes after "Hinweis:", "Más opinión" over teasers, sponsor words, comment counts,
    # tips by reply, mastheads on a web address or with any tagline, donation calls, bylines
    # with a bio, a newsletter's table of contents
    (
        "es",
        "(c) EFE 2026. Está expresamente prohibida la redistribución de los contenidos de este "
        "servicio.",
        FOOTER,
    ),
    ("es", "Los artículos de esta sección reflejan únicamente la opinión de sus autores.", FOOTER),
    ("de", "Hinweis: Diese Meldung wurde automatisch aus dem Angebot der dpa übernommen.", FOOTER),
    ("es", "Más opinión", RELATED),
    (
        "en",
        "A word from our sponsor: Harbour Metrics tracks berth queues in 300 ports. Try it free "
        "at harbourmetrics.example.",
        ADVERT,
    ),
    ("en", "Paying members can join the discussion below. 12 comments so far.", NEWSLETTER),
    (
        "en",
        "Tips, leaks and corrections: reply to this email or write to us at "
        "desk@portwatch.example.",
        NEWSLETTER,
    ),
    ("de", "meerblick.de – Nachrichten von der Küste", NAVIGATION),
    ("es", "La Brújula · Periodismo sin miedo", NAVIGATION),
    ("es", "Si valoras lo que hacemos, haz una aportación desde 30 pesos al mes.", DONATION),
    (
        "es",
        "Por Marta Gil Ortega. Periodista especializada en América Latina, vive en Lima.",
        BYLINE,
    ),
    ("en", "In this issue", RELATED),
    # invented after held-out sets 73-80: "Más en" with a section of two words, "worth reading
    # elsewhere", sponsor notes that ask for sponsors, agency codes with capitals, Spanish author
    # bios, pointers to the outlet's podcast, broadcasters' mastheads, tickers with units, and
    # more section names
    ("es", "Más en Economía global", RELATED),
    ("en", "Worth reading elsewhere", RELATED),
    (
        "en",
        "This issue is supported by Danube Freight. Interested in sponsoring the Brief? Reply to "
        "this email.",
        ADVERT,
    ),
    ("de", "nmz/dpa/AB/xy", BYLINE),
    (
        "es",
        "Luisa Prado, socióloga, vive en Quito y estudia las Fuerzas Armadas. Sus columnas se "
        "publican cada jueves.",
        AUTHOR_BIO,
    ),
    (
        "de",
        "Mehr zu Afrika hören Sie im Podcast „Weltweit“, jeden Montag neu in der Audiothek.",
        SHARE,
    ),
    ("de", "Nordfunk Nachrichten – das Nachrichtenangebot des Nordfunks", NAVIGATION),
    ("es", "Brent 74,10 $/bbl ▼ 0,85%", MARKET),
    ("de", "Wissen", NAVIGATION),
    ("en", "Podcasts", NAVIGATION),
    ("de", "Südostasien", NAVIGATION),
    ("es", "Asia Central", NAVIGATION),
    ("en", "West Africa", NAVIGATION),
    ("en", "Having trouble viewing this newsletter? Open it in your browser.", NEWSLETTER),
    (
        "en",
        "SPONSORED - Andes Cold Chain: refrigerated trucking from Callao to La Paz, every day. "
        "Ask for a rate at andescold.example",
        ADVERT,
    ),
    (
        "en",
        "This issue is supported by Pacific Berth Services. Shipping through Chancay? Talk to our "
        "Lima office about customs clearance.",
        ADVERT,
    ),
    (
        "en",
        "Comments are moderated under our house rules. Please stay on topic.",
        SHARE,
    ),
    (
        "de",
        "Audio: Lena Ortmann, ARD Lima, über den neuen Hafen · 4 Min",
        SHARE,
    ),
    (
        "de",
        "Hören Sie dazu auch den Bericht unserer Korrespondentin in der Sendung „Weltzeit“ um "
        "19:05 Uhr.",
        SHARE,
    ),
    (
        "es",
        "Escucha el boletín de Internacional cada hora en Radio Nacional.",
        SHARE,
    ),
    ("es", "Descarga la app de Diario Sur y recibe las alertas en tu móvil.", SHARE),
    ("es", "Descarga la aplicación de Radio Sur y recibe alertas en tu móvil.", SHARE),
    ("en", "Brent crude $71.40 ▲0.6%", MARKET),
    ("en", "EUR/PEN 4.02 ▼0.3%", MARKET),
    ("en", "Gold (COMEX) $2,410 ▲0.2%", MARKET),
    ("de", "dpa-infocom, dpa:250312-930-112233/1 · ab/cd yyzz a3", BYLINE),
    ("en", "This issue is sponsored by Harbour Freight, moving cargo since 1990.", ADVERT),
    (
        "en",
        "THE ISLAND LETTER — Issue 12 — every Friday. View this email in your browser.",
        NEWSLETTER,
    ),
    ("en", "Reader poll: should Lima join the pact? Vote Yes | No | Not sure", SHARE),
    ("en", "This service is funded by the licence fee. Find out how we are funded.", FOOTER),
    (
        "de",
        "Hinweis: Dieser Beitrag wurde automatisch aus dem dpa-Nachrichtendienst übernommen.",
        FOOTER,
    ),
    (
        "es",
        "El ministro de Exteriores, durante una rueda de prensa en Lima en 2024. EFE",
        CAPTION,
    ),
    (
        "en",
        "Enjoyed this issue? Forward it to a colleague or share it on LinkedIn.",
        SHARE,
    ),
    (
        "en",
        "Know someone who would like The Andes Letter? Forward this email or share the sign-up "
        "link.",
        SHARE,
    ),
    (
        "en",
        "Elsewhere: our long read on Bolivia's lithium is free to read on the site this week.",
        RELATED,
    ),
    (
        "es",
        "Pie de foto: Grúas del muelle norte de Chancay al amanecer. (Ana Ríos / Diario Sur)",
        CAPTION,
    ),
    (
        "en",
        "Caption: Containers stacked at the new terminal. Photograph by Tom Hale for the paper.",
        CAPTION,
    ),
    (
        "es",
        "Dos patrulleras peruanas escoltan a un buque chino, en una imagen difundida por la "
        "Marina de Guerra. EFE",
        CAPTION,
    ),
    (
        "es",
        "Las tribunas de opinión reflejan solo el criterio de sus autores, no el de este diario.",
        FOOTER,
    ),
    (
        "en",
        "Mark Dunn is a retired Australian diplomat who served in Lima. He writes a monthly "
        "column on Latin America.",
        AUTHOR_BIO,
    ),
    (
        "de",
        "Eva Roth berichtet für Horizonte aus dem Andenraum. Die Recherche wurde von einer "
        "Stiftung unterstützt.",
        AUTHOR_BIO,
    ),
    ("es", "Sobre la autora: Ana Ruiz cubre la región andina desde Lima.", AUTHOR_BIO),
    (
        "es",
        "Diplomático retirado, Tomás Vera fue cónsul en Arica y embajador en Quito.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Ruth Lane edits The Andes Brief. She previously covered trade for a wire service.",
        AUTHOR_BIO,
    ),
    ("en", "Dana Hill, Editor, for the Andes Policy Lab", BYLINE),
    (
        "es",
        "Las opiniones de los autores no reflejan necesariamente la línea editorial de este "
        "diario.",
        FOOTER,
    ),
    (
        "es",
        "Normas de participación: los comentarios están reservados a suscriptores.",
        SHARE,
    ),
    (
        "de",
        "Audio: Peru und China – Partner auf Zeit? Korrespondentenbericht, 3 Min, Radio Süd",
        SHARE,
    ),
    ("de", "Südfunk Nachrichten – Ihr öffentlich-rechtliches Angebot", NAVIGATION),
    ("en", "ABN World Service · Independent public broadcasting since 1952", NAVIGATION),
    (
        "en",
        "The Andes Brief · Issue 41 · A weekly briefing on trade and security in South "
        "America, written by Ruth Lane",
        NEWSLETTER,
    ),
    (
        "en",
        "The Andes Brief is free and independent. If you value it, please consider a donation.",
        DONATION,
    ),
    (
        "en",
        "More from Andes Quarterly: Lima's water crisis; The last llama herders; Can Chancay pay?",
        RELATED,
    ),
    (
        "en",
        "Elsewhere: Bolivia's election and Chile's lithium bill, all covered in Tuesday's Brief.",
        RELATED,
    ),
    (
        "es",
        "Un buque peruano durante unas maniobras frente al Callao. (Marina de Guerra del Perú /"
        " EFE)",
        CAPTION,
    ),
    ("de", "dpa-AFX/dpa-infocom, dpa:250611-930-412877/2", BYLINE),
    (
        "de",
        "Mehr aus dem Ressort Ausland: Peru vor der Wahl – China, die USA oder keiner von beiden?",
        RELATED,
    ),
    ("es", "El autor es abogado y exviceministro de Orden Interno.", AUTHOR_BIO),
    (
        "en",
        "Dan Hale, a former Senate staffer from Savannah, is a senior fellow at the Center for"
        " Andean Strategy.",
        AUTHOR_BIO,
    ),
    (
        "es",
        "Íñigo Ruiz es capitán de navío en la reserva y miembro del Foro de Estudios Andinos.",
        AUTHOR_BIO,
    ),
    ("de", "dpa-infocom GmbH, Mittelweg 38, 20148 Hamburg - Weitere Meldungen im Ressort", FOOTER),
    (
        "de",
        "Externer Inhalt: Um diesen Beitrag von X anzuzeigen, müssen Sie der Übertragung von "
        "Daten an den Anbieter zustimmen.",
        COOKIE,
    ),
    (
        "es",
        "Las opiniones de los autores no reflejan necesariamente la línea editorial de La Atalaya.",
        FOOTER,
    ),
    ("en", "Read last week's issue: Peru's new port and what it means for Bolivia", RELATED),
    ("en", "Markets data delayed by at least 15 minutes. Copper $4.18 (-0.6%).", MARKET),
    ("en", "The Commons · Independent news and opinion from Lima", NAVIGATION),
    ("de", "Nachrichten im Ersten – aktuell, unabhängig, öffentlich-rechtlich", NAVIGATION),
    ("de", "Deutsches Auslandsradio - Nachrichten aus aller Welt", NAVIGATION),
    ("es", "Laura Ruiz. Lima / Madrid. 12 SEPT 2025 - 06:00 CEST", BYLINE),
    ("es", "Marta Soler — 18 de septiembre de 2025, 22:15h", BYLINE),
    ("es", "Escuchar audio 03:12 min.", SHARE),
    (
        "en",
        "Try unlimited access: only $1 for 4 weeks, then $75 per month. Cancel anytime.",
        NEWSLETTER,
    ),
    ("en", "Gift this article: subscribers can share up to 10 articles a month.", SHARE),
    ("de", "apd ash/kr yyzz nn", BYLINE),
    # sponsors of a newsletter, named after the newsletter or with a word on their independence
    (
        "en",
        "This week's Harbour Notes is supported by Tasman Logistics: reefer space from Lae"
        " to Brisbane every Friday.",
        ADVERT,
    ),
    (
        "en",
        "This edition is supported by the Rhine Delta Foundation, which funds reporting on"
        " shipping. Sponsors have no say over what we publish.",
        ADVERT,
    ),
    (
        "en",
        "This issue is supported by Kestrel Cargo, hauling grain from Odesa since 2004. Ask"
        " about our new cold store.",
        ADVERT,
    ),
    (
        "en",
        "Good morning. If a friend forwarded this to you, join 9,000 readers at"
        " harbournotes.example.",
        NEWSLETTER,
    ),
    (
        "de",
        "Lesen Sie weiter mit unserem Digitalabo: vier Wochen gratis, danach 2,99 Euro.",
        NEWSLETTER,
    ),
    ("en", "Maria Lund in Oslo and Pedro Alves in Lisbon", BYLINE),
    ("en", "3 March 2026, 09:40 GMT. By Tom Reyes, Africa correspondent", BYLINE),
    (
        "en",
        "Hannah Fox is a former Royal Navy submarine officer and a senior fellow at the Baltic"
        " Maritime Forum."
        " Her book on undersea cables comes out in May.",
        AUTHOR_BIO,
    ),
    ("es", "Más de Opinión", RELATED),
    ("en", "THE UNDERTOW - a weekly briefing on ports and power, by Lena Ortiz", NAVIGATION),
    ("de", "Folgen Sie der Rundschau auf WhatsApp und erhalten Sie die Eilmeldungen.", SHARE),
    ("es", "Escucha la crónica de nuestro enviado especial en el boletín de las ocho", SHARE),
    ("en", "March 3, 2026 6:15 am ET", BYLINE),
    ("en", "Got a story for us? Write to the desk at tips@harbour.example.", NEWSLETTER),
    ("en", "Programming note: no issue next week; we are back on the 14th.", NEWSLETTER),
    ("en", "Sponsored by Kestrel Cargo — reefer space from Lae every Friday.", ADVERT),
    (
        "en",
        "Harbour Notes was written by Lena Ortiz and edited by Tom Reyes in Lisbon.",
        BYLINE,
    ),
    (
        "es",
        "Este artículo de opinión refleja exclusivamente la posición de su autor.",
        FOOTER,
    ),
    ("de", "rbz-Korrespondent: Jan Weber / Redaktion: Eva Roth", BYLINE),
    ("de", "Mehr aus Nordeuropa", RELATED),
    ("es", "Columnistas", NAVIGATION),
    ("es", "EFN mlr/tk/ab", BYLINE),
    (
        "en",
        "Harbour Notes is supported by its readers. Become a member and keep it free for all.",
        DONATION,
    ),
    # session 13: sponsors, licences, players, prices, bios and captions in new words
    (
        "en",
        "This issue is supported by Larchwood Capital, research on Andean equities. Find out "
        "more at larchwood.example.",
        ADVERT,
    ),
    (
        "en",
        "Presented by Tidewater Metals Data. Daily prices for 30 minor metals. Start your free "
        "trial today.",
        ADVERT,
    ),
    (
        "es",
        "Este boletín llega a tu correo gracias a Cordillera Carga, transporte entre puertos "
        "del Pacífico.",
        ADVERT,
    ),
    (
        "es",
        "Este texto se publica bajo licencia Creative Commons BY-SA. Puede reproducirse citando "
        "la fuente.",
        FOOTER,
    ),
    ("de", "andenfunk.de verwendet Cookies, um die Nutzung zu messen.", COOKIE),
    ("en", "Cookies on Harbour Radio. We use some essential cookies to run this site.", COOKIE),
    ("es", "Reproducir vídeo: Así patrullan las lanchas peruanas el lago (02:10)", SHARE),
    ("es", "Más noticias de Mundo en radiosur.example. Síguenos en WhatsApp.", SHARE),
    ("en", "Share this column on WhatsApp, X or LinkedIn", SHARE),
    ("en", "Enjoyed this? Forward it to a colleague.", SHARE),
    ("en", "Know someone who follows Andean ports? Forward them this email.", SHARE),
    ("es", "¿Te ha gustado? Comparte esta crónica con quien quieras.", SHARE),
    (
        "en",
        "Keep reading for £1. Then £59 a month for all our journalism. Cancel anytime.",
        NEWSLETTER,
    ),
    (
        "en",
        "Say what others won't. Readers fund The Quay Review, not advertisers. Give from £4 a "
        "month.",
        DONATION,
    ),
    (
        "en",
        "Also this week: Chile opens a new pier at Arica; Bolivia signs a rail memorandum.",
        RELATED,
    ),
    (
        "en",
        "Chart of the week: Peru's copper exports by port, 2015-2025. Source: customs.",
        RELATED,
    ),
    ("es", "Soja Rosario: US$ 301 por tonelada", MARKET),
    ("es", "Dólar blue: $ 1.230 compra · $ 1.250 venta", MARKET),
    (
        "en",
        "Tomás Reyes is a Lima-based writer on the Pacific. Views expressed are personal.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Ruth Ocampo, a former U.S. Navy officer, is a senior fellow in maritime studies at the "
        "Pacific Policy Forum and a former adviser to the Peruvian navy.",
        AUTHOR_BIO,
    ),
    ("es", "Grúas en el puerto del Callao, en una imagen de archivo. (Ana Soto / AFP)", CAPTION),
    ("es", "Barcos pesqueros en el puerto de Paita (Perú). YONHAP", CAPTION),
    ("es", "Vista aérea del muelle norte de Chancay. Archivo / Agencia", CAPTION),
    ("en", "Issue #87 · A weekly letter on the Andes, by Sara Lin", NAVIGATION),
    (
        "en",
        "Andes Energy Brief is an independent newsletter. Our mailing address: PO Box 12, Cusco.",
        FOOTER,
    ),
    (
        "en",
        "Lena Ortiz is a former Chilean diplomat who served in La Paz. She is a senior fellow at "
        "the Pacific Institute.",
        AUTHOR_BIO,
    ),
    ("es", "Otras lecturas de la semana: Chile abre un muelle; Bolivia firma un acuerdo.", RELATED),
    (
        "en",
        "Do you have an opinion on the issues raised in this article? Email us at "
        "letters@example.org.",
        SHARE,
    ),
    ("en", "Share Andes Weekly · Leave a comment", SHARE),
    (
        "de",
        "Dieser Text erscheint in Heft 3/2026. Jetzt drei Ausgaben für 9,90 Euro testen.",
        NEWSLETTER,
    ),
    ("es", "El buque Unión en el puerto del Callao. Marina / Handout vía Reuters", CAPTION),
    ("de", "dpa-Notizblock Orte: Lima, Callao; Kontakt: Redaktion Ausland", RELATED),
    ("es", "Sara Gil. Lima. 3 NOV 2025 - 08:10 PET. Actualizado a las 10:02", BYLINE),
    ("es", "Luis Mora. Enviado especial a Arica. Actualizado: 04/11/2025 - 07:30", BYLINE),
    (
        "es",
        "Lucía Gómez es abogada especialista en derecho marítimo y colaboradora de El Puerto "
        "desde 2019.",
        AUTHOR_BIO,
    ),
    (
        "es",
        "Rosa Paz es médica rural en Puno. Escribe cada martes en La Ventana.",
        AUTHOR_BIO,
    ),
    ("de", "dpa-AFX/ab/cd/DP/ef", BYLINE),
    ("de", "abc/def/dpa gh", BYLINE),
    (
        "en",
        "This post is free. If The Quay Letter helps you, consider upgrading to a paid "
        "subscription.",
        NEWSLETTER,
    ),
    ("en", "Ana Ruiz in Lima and Ben Cole in Santiago · Published 2 hours ago", BYLINE),
    (
        "en",
        "Reading list. Elsewhere this week: a long read on Bolivia's lithium. Links on our site.",
        RELATED,
    ),
    ("en", "License this article", SHARE),
    ("de", "dpa-infocom #peru #chile #handel", BYLINE),
    (
        "en",
        "Our sponsor this week: the Andean Fund. Sponsors have no say over our content.",
        ADVERT,
    ),
    ("en", "Also from our network: The Lima Brief on Peru's ports. Read it free.", RELATED),
    (
        "en",
        "IMAGE SOURCE, GETTY IMAGES. Image caption, A Peruvian patrol boat in Callao",
        CAPTION,
    ),
    ("de", "Mehr Nachrichten aus Südamerika gibt es in unserem Newsticker.", NAVIGATION),
    (
        "es",
        "Este reportaje se ha realizado con el apoyo del programa de becas para periodismo de "
        "la Fundación Sur.",
        AUTHOR_BIO,
    ),
    (
        "de",
        "Audio: Peru und Chile einigen sich, Eva Roth, ARD Lima, 14.05.2025 15:10 Uhr",
        SHARE,
    ),
    ("en", "The Andes Brief, 12 K Street NW, Washington, DC 20006", FOOTER),
    (
        "en",
        "Eva Lind writes about trade and Andean politics. She lives in Quito.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "You're receiving The Andes Dispatch, a weekly briefing on Peru and Chile, because you "
        "signed up at andes.example.",
        NEWSLETTER,
    ),
    (
        "es",
        "Esta nota es libre gracias a quienes nos bancan todos los meses. Asociate desde $3.000.",
        DONATION,
    ),
    (
        "es",
        "Este reportaje fue posible gracias al apoyo de nuestros lectores. Si puede, haga una "
        "donación.",
        DONATION,
    ),
    (
        "en",
        "This issue is supported by Condor Freight. We move copper from Arica to Asia.",
        ADVERT,
    ),
    ("en", "Eva Ruiz writes The Andes Letter from Quito. Reply to reach her.", AUTHOR_BIO),
    (
        "en",
        "Andes Notes is free because readers pay for it. Become a member from $6 a month.",
        DONATION,
    ),
    (
        "en",
        "Corrections and clarifications: An earlier version of this story misstated the date of "
        "the summit.",
        FOOTER,
    ),
    (
        "en",
        "A flooded village near Guwahati, as seen in radar imagery. Image: NASA/JPL-Caltech/ISRO",
        CAPTION,
    ),
    (
        "es",
        "Más en Meridiano: Irán y los talibanes se disputan el agua del río Helmand | Uzbekistán "
        "abre un corredor ferroviario hacia el sur",
        RELATED,
    ),
    (
        "en",
        "Also in this issue, cut for space and back next week: Canada's icebreaker order and "
        "Denmark's new patrol ships.",
        RELATED,
    ),
    ("en", "Hello, and welcome to issue 112. A short one this week.", NEWSLETTER),
    (
        "es",
        "Escuchá el informe completo en la señal en vivo de Radio Sur, de lunes a viernes.",
        SHARE,
    ),
    (
        "es",
        "Hola. Soy Marta Gil y esto es El Tablero, el boletín de los jueves sobre poder.",
        NEWSLETTER,
    ),
    ("es", "Hasta el jueves que viene, Marta", NEWSLETTER),
    (
        "de",
        "Redaktionshinweis: Die Meldung wurde um 12.10 Uhr um eine Reaktion aus Lima ergänzt.",
        FOOTER,
    ),
    (
        "en",
        "Andes Public Radio is a public service broadcaster funded by the people of Peru.",
        FOOTER,
    ),
    ("en", "Follow Andes Wire on WhatsApp for the stories that matter in the region.", SHARE),
    (
        "de",
        "Lena Vogt ist Südamerika-Korrespondentin des Magazins und lebt in Lima.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Ana Ruiz writes about ports and trade. She reported from Callao between 2019 and 2022.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Also on our site this week: Chile's lithium auction and a new Bolivian port deal.",
        RELATED,
    ),
    ("de", "Wird diese E-Mail nicht korrekt angezeigt? Hier im Browser öffnen.", NEWSLETTER),
    (
        "de",
        "Hat Ihnen dieses Briefing gefallen? Leiten Sie es an Kolleginnen und Kollegen weiter.",
        SHARE,
    ),
    ("es", "Más columnas de este autor: «El litio y Brasil» · «Panamá y la sequía»", RELATED),
    (
        "en",
        "Presented by Condor Freight. Moving copper from Arica since 2009. Ask us about storage.",
        ADVERT,
    ),
    (
        "de",
        "Korrektur, 3. März: In einer früheren Fassung hieß es, die Fregatte sei neu. Sie ist "
        "gebraucht.",
        CORRECTION,
    ),
    (
        "de",
        "Hinweis: Dieser Artikel wurde um 14.20 Uhr um eine Stellungnahme aus Rom ergänzt.",
        CORRECTION,
    ),
    (
        "es",
        "Fe de errores: en una versión anterior se dijo que el buque era chileno. Es peruano.",
        CORRECTION,
    ),
    (
        "en",
        "Correction: Tuesday's newsletter said the port opened in 2019. It opened in 2021.",
        CORRECTION,
    ),
    (
        "en",
        "Correction, 2 May: An earlier version of this story misnamed the Kenyan minister.",
        CORRECTION,
    ),
    ("de", "Wetter in Kiel: 7 Grad, bedeckt, am Abend Regen.", SERVICE),
    ("es", "El tiempo en Arica: 22 °C, nublado por la mañana.", SERVICE),
    ("en", "Jobs board: Port economist, Callao · Trade reporter, Lima. Post a vacancy.", SERVICE),
    ("es", "Clasificados: Vendo camioneta 4x4, buen estado, llamar al 555 0101.", SERVICE),
    ("es", "Lotería Nacional – resultados del sorteo del sábado en la página 20.", SERVICE),
    (
        "en",
        "Upcoming event: a webinar on Pacific ports with two former envoys. Register here.",
        ADVERT,
    ),
    (
        "en",
        "Ana Ruiz is a senior fellow in the Andes Programme. She previously worked for a "
        "mining consultancy in Santiago.",
        AUTHOR_BIO,
    ),
    ("en", "Cite as: Ruiz, A. (2026). Peru's two ports. Andes Institute Commentary.", FOOTER),
    (
        "en",
        "The views expressed in Andes Institute commentaries are those of the authors, not an "
        "institutional position.",
        FOOTER,
    ),
    (
        "en",
        "Radio Sur is funded by the public and answers to no ministry. Editor-in-chief: Ana Ruiz.",
        FOOTER,
    ),
    (
        "es",
        "Sur Andino es un medio digital editado por una cooperativa de periodistas de Tacna.",
        FOOTER,
    ),
    (
        "de",
        "Redaktionelle Hinweise: Zusammenfassung bis 17.00 Uhr. Ein Korrespondentenbericht folgt.",
        FOOTER,
    ),
    ("de", "Themenpaket-Hinweis: dpa sendet bis 20.00 Uhr eine Zusammenfassung.", FOOTER),
    ("en", "On the Andes Wire podcast this week: who really runs the port of Chancay?", SHARE),
    ("es", "Podcast Puerto Abierto, episodio 12: «El muelle chino». Ya disponible.", SHARE),
    ("es", "Compartir en Threads", SHARE),
    ("en", "Got a tip? Contact our Lima newsroom in confidence by email.", NEWSLETTER),
    ("en", "Hi, and welcome to this week's Dispatch. Short one: I am on a plane.", NEWSLETTER),
    (
        "de",
        "Nachrichten direkt aufs Smartphone: mit unserer App und Push-Meldungen.",
        NEWSLETTER,
    ),
    ("en", "Comments on this article are now closed.", SHARE),
    ("es", "Los comentarios de esta nota están cerrados.", SHARE),
    ("es", "Escucha «Puerto Sur», nuestro pódcast de economía, cada martes.", SHARE),
    ("es", "En el próximo programa: Bolivia y el litio, con entrevistas desde Potosí.", SHARE),
    ("en", "Have a tip? Call the newsroom or email tips@andes.example.", NEWSLETTER),
    ("en", "Good morning and welcome back. Send tips to the usual address.", NEWSLETTER),
    ("en", "Hi, it's Ana Ruiz. Welcome to Port Lines, our weekly note on ports.", NEWSLETTER),
    (
        "en",
        "Welcome back to Port Lines, the weekly briefing on ports and power in the Pacific.",
        NEWSLETTER,
    ),
    (
        "en",
        "Good morning from Callao, where the fog has not lifted. I'm Ana, and here is the week.",
        NEWSLETTER,
    ),
    ("en", "Quick poll: should Lima sign the deal? Reply with YES or NO.", SHARE),
    (
        "en",
        'Quote of the week, from a reader in Arica: "Ports outlast presidents." Hit reply.',
        NEWSLETTER,
    ),
    ("de", "Laden Sie die kostenlose Nordfunk-App und verpassen Sie nichts.", NEWSLETTER),
    ("de", "Eilmeldungen aufs Handy? Aktivieren Sie Push-Mitteilungen in der App.", NEWSLETTER),
    ("en", "ALSO IN THE HERALD: City council delays the new bus lanes", RELATED),
    ("en", "Also on our radar: Chile's lithium auction slips to March", RELATED),
    ("en", "About the author: Ana Ruiz covers ports for the institute.", AUTHOR_BIO),
    ("en", "Ana Ruiz writes this newsletter from Lima. She previously covered mining.", AUTHOR_BIO),
    (
        "en",
        "Ana Ruiz covers ports and mining in the Andes for The Herald. She is based in Lima.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Ana Ruiz leads the institute's work on Andean ports. She previously served as a "
        "customs official.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Ana Ruiz is a senior fellow in the Andes Programme and previously advised Congress.",
        AUTHOR_BIO,
    ),
    (
        "de",
        "Lena Vogt berichtet seit 2022 als Südamerika-Korrespondentin des Kuriers aus Lima.",
        AUTHOR_BIO,
    ),
    ("de", "Über die Autorin: Lena Vogt lebt in Lima.", AUTHOR_BIO),
    (
        "en",
        "This commentary is part of the Andean Ports project, funded by a foundation grant.",
        FOOTER,
    ),
    ("en", "Port Lines, PO Box 412, Lima 18, Peru", FOOTER),
    ("es", "Dirige y presenta: Ana Ruiz. Realización: Luis Paz.", FOOTER),
    ("es", "Puerto Sur se emite los martes a las 20.00 en Radio Andina.", FOOTER),
    ("es", "Este resumen ha sido elaborado por la redacción a partir del programa.", FOOTER),
    (
        "de",
        "Die folgenden Informationen sind nicht zur Veröffentlichung bestimmt. Kontakt: Redaktion.",
        FOOTER,
    ),
    ("en", "Today in Arica: 24°C, sunny, light wind.", SERVICE),
    ("es", "Farmacias de turno en Tacna: Central (Bolognesi 120).", SERVICE),
    (
        "de",
        "Das Auswärtige Amt rät von Reisen in den Norden ab. Mehr auf unserer Serviceseite.",
        SERVICE,
    ),
    (
        "de",
        "Korrektur, 14:20 Uhr: In einer früheren Fassung stand ein falsches Datum.",
        CORRECTION,
    ),
    ("en", "Event · 3 May, online: ports and power. Register here.", ADVERT),
    # seen in sets 337-344 after their one blind scoring, here in other words
    (
        "en",
        "Save the date: the Baltic Ports Forum returns to Gdańsk on 9 October. Registration "
        "opens to members next month.",
        ADVERT,
    ),
    (
        "es",
        "Encuentro con lectores: «Puertos y poder en el Pacífico», 12 de junio a las 19.30 en la "
        "redacción de Lima. Plazas limitadas, inscripción previa.",
        ADVERT,
    ),
    (
        "es",
        'Seminario "Mar del Sur 2030" - 8 de octubre, Santiago. Inscripción abierta hasta '
        "completar aforo.",
        ADVERT,
    ),
    (
        "en",
        "The Centre is an independent charity and takes no state money. If you find this Brief "
        "useful, please consider supporting our work with a tax-deductible gift.",
        DONATION,
    ),
    (
        "de",
        "Jetzt die App herunterladen: alle Eilmeldungen aus Lateinamerika direkt aufs Smartphone.",
        NEWSLETTER,
    ),
    (
        "de",
        "Keine Eilmeldung mehr verpassen: Unsere Nachrichten-App hält Sie rund um die Uhr auf dem "
        "Laufenden.",
        NEWSLETTER,
    ),
    (
        "en",
        "Get alerts on South America when a new story is published: download our app.",
        NEWSLETTER,
    ),
    ("es", "¿No ves bien este boletín? Ábrelo en el navegador.", NEWSLETTER),
    (
        "es",
        "Escucha el pódcast: cada martes, media hora con nuestros corresponsales en Quito y Lima.",
        SHARE,
    ),
    (
        "en",
        "This week on the Harbour podcast: why Peru's ports are winning the copper race.",
        SHARE,
    ),
    ("en", "Reader survey: tell us what you want to read more of. It takes three minutes.", SHARE),
    (
        "en",
        "Ina Berg is a senior fellow in the Institute's Maritime Programme, based in Riga.",
        AUTHOR_BIO,
    ),
    ("de", "Ihr Regionalwetter – Rostock: 9 °C, Schauer. Morgen 12 °C, sonnig.", SERVICE),
    (
        "en",
        "The Harbour Letter, Level 4, Quay House, 12 Wharf Road, 6011 Wellington, New Zealand",
        FOOTER,
    ),
    # seen in sets 345-352 after their one blind scoring, here in other words
    (
        "en",
        "Dr. Ina Berg is senior research fellow for Baltic security at the Nordic Institute. "
        "Views expressed are her own.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Paul Okoye is a Senior Research Fellow for Sahel Security at the Lagos Institute. He "
        "previously worked at the Foreign Office.",
        AUTHOR_BIO,
    ),
    (
        "es",
        "Marta Gil Yáñez es socióloga y escribe sobre minería, agua y territorio. Integra el "
        "Observatorio de Salares Andinos.",
        AUTHOR_BIO,
    ),
    ("es", "Río Media SAS, Plaza Colón 1210, 11000 Montevideo, Uruguay", FOOTER),
    (
        "en",
        "Harbourline is an independent nonprofit. Support work that informs policy: make a "
        "tax-deductible gift today.",
        DONATION,
    ),
    (
        "en",
        "The Baltic Brief is free. If it helps you, please consider a small gift to the Institute.",
        DONATION,
    ),
    (
        "es",
        "El Instituto vive de las cuotas de sus socios y lectores. Haga hoy un donativo desde 5 "
        "euros.",
        DONATION,
    ),
    (
        "de",
        "Was meinen Sie? Diskutieren Sie mit – Ihr Kommentar erscheint nach Freigabe durch die "
        "Redaktion.",
        SHARE,
    ),
    (
        "es",
        "Foro Puertos y Comercio 2026: el 9 de marzo en Valparaíso. Plazas limitadas para "
        "suscriptores, inscríbete con tu código.",
        ADVERT,
    ),
    (
        "es",
        "Seminario en línea: «Cobre y poder en los Andes», martes 4 de mayo, 18.00 h. Inscripción "
        "gratuita en nuestra web.",
        ADVERT,
    ),
    ("en", "Weather in Arica: 21C, sunny, light wind from the south.", SERVICE),
    (
        "en",
        "Jobs: The Andean Trade Observatory is hiring a Lima-based analyst. Deadline 3 May.",
        SERVICE,
    ),
    ("es", "Más leídas: 1. Cierra el puerto por oleaje 2. Sube el dólar 3. Nuevo horario", RELATED),
    (
        "en",
        "Most read this week: our explainer on the Chancay port and a map of Pacific cables.",
        RELATED,
    ),
    ("de", "Auf Mastodon teilen", SHARE),
    (
        "de",
        "Die Reportage »Am Hafen von Chancay« läuft am Montag um 20.15 Uhr im Ersten und danach "
        "in der Mediathek.",
        SHARE,
    ),
    (
        "de",
        "Diese Meldung wurde um 11.20 Uhr aktualisiert und um die Reaktion aus Lima ergänzt.",
        CORRECTION,
    ),
    (
        "en",
        "The Coast Courier is a member of the Independent Press Standards Organisation.",
        FOOTER,
    ),
    (
        "en",
        "Andes Radio is funded by listeners across the region. Find out how your licence fee is "
        "spent.",
        FOOTER,
    ),
    # session 18: wordings from sets 353-360, each in other words
    (
        "de",
        "Der Hafenbrief-Newsletter: Jeden Dienstag fassen unsere Reporterinnen zusammen, was in "
        "den Häfen der Ostsee passiert. Kostenlos und jederzeit abbestellbar.",
        NEWSLETTER,
    ),
    (
        "de",
        "Mit dem Digitalpaket Plus lesen Sie jeden Beitrag ohne Grenzen. Sechs Wochen für 2 Euro, "
        "danach monatlich kündbar.",
        NEWSLETTER,
    ),
    (
        "de",
        "Hafen-Ticker: Jeden Montag die wichtigsten Meldungen aus Schifffahrt und Logistik direkt "
        "in Ihr Postfach.",
        NEWSLETTER,
    ),
    (
        "de",
        "Podcast-Tipp: Im „Grenzgang“ spricht Anna Roth diesmal mit einem Zöllner aus Frankfurt "
        "(Oder) über den Güterverkehr.",
        SHARE,
    ),
    (
        "de",
        "Neu im Hörangebot: „Grenzgang“ mit Anna Roth, jeden Donnerstag, überall wo es Podcasts "
        "gibt.",
        SHARE,
    ),
    ("de", "Die Kommentare unter diesem Beitrag sind geschlossen.", SHARE),
    (
        "de",
        "Zum Anhören: Die Reportage aus dem Hafen von Rostock in voller Länge in der Audiothek.",
        SHARE,
    ),
    ("de", "Diesen Bericht gibt es auch als Podcast in der Sender-App.", SHARE),
    ("de", "Mehr im Schwerpunkt: Warum die Ostseehäfen um chinesische Reedereien werben", RELATED),
    (
        "de",
        "Unsere Korrespondentinnen berichten für Sie aus 31 Auslandsstudios rund um die Welt.",
        FOOTER,
    ),
    ("de", "Dieser Liveblog wird laufend aktualisiert.", CORRECTION),
    (
        "en",
        "Join us online on 12 March for a one-hour briefing on Baltic shipping with our "
        "correspondents. Register at the link in this email.",
        ADVERT,
    ),
    (
        "es",
        "Próximo seminario: «Litio y agua en el altiplano», Salta, 14 de mayo. Entrada libre, "
        "plazas limitadas.",
        ADVERT,
    ),
    ("en", "Lena Varga edits The Danube Letter from Vienna.", AUTHOR_BIO),
    (
        "en",
        "Tom Okafor writes about energy and mining from Accra. His first book appears in spring.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Ruth Mensah is a retired harbour pilot. Her column runs every second Thursday.",
        AUTHOR_BIO,
    ),
    ("en", "Quayside Media Ltd, Unit 12, Harbour Road, Mombasa", FOOTER),
    # session 18, second batch: wordings from sets 361-368, each in other words
    (
        "es",
        "Nota de la redacción: una versión anterior de esta crónica daba otra cifra de barcos.",
        CORRECTION,
    ),
    ("de", "Weitere Analysen: Was die Werften in Kiel von Südkorea lernen können", RELATED),
    (
        "de",
        "Lena Marquardt berichtet seit 2021 als Korrespondentin aus Nairobi über Ostafrika.",
        AUTHOR_BIO,
    ),
    (
        "de",
        "Felix Amann lebt in Taschkent und berichtet für das Magazin über Zentralasien.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "Ruth Kamau covers the Horn of Africa from Nairobi. She previously worked in Khartoum.",
        AUTHOR_BIO,
    ),
    ("en", "Manage your email preferences here.", NEWSLETTER),
    ("de", "Fehler bemerkt? Dann melden Sie sich bei uns.", SHARE),
    ("en", "Forward this to a colleague who keeps asking about tariffs.", SHARE),
    ("en", "The Harbour Letter is written by Ines Moyo and edited in Dakar and Lisbon.", BYLINE),
    (
        "en",
        "Tom Reyes is the paper's Andean correspondent, based in Quito. He previously reported "
        "from Caracas.",
        BYLINE,
    ),
    (
        "es",
        "Nora Etxeberria fue corresponsal en el Cáucaso durante seis años y hoy escribe sobre el "
        "mar Negro desde Bilbao.",
        AUTHOR_BIO,
    ),
    ("es", "Pablo Ríos escribe sobre energía y minería desde Antofagasta.", AUTHOR_BIO),
    (
        "es",
        "Los comentarios publicados son responsabilidad exclusiva de sus autores y podrán ser "
        "retirados.",
        FOOTER,
    ),
    ("es", "Lee también en este blog: ¿Quién paga los puertos del Pacífico?", RELATED),
    ("es", "La próxima semana: el litio boliviano y sus compradores.", RELATED),
    ("en", "Next week: what the new tariffs mean for Gulf ports, and who pays.", RELATED),
    ("de", "Nächste Woche: Warum Kasachstan auf Uran aus dem Westen setzt.", RELATED),
    (
        "de",
        "Dieser Beitrag lief am 3. März 2026 um 07:10 Uhr in der Sendung „Weltblick am Morgen“.",
        FOOTER,
    ),
    (
        "de",
        "Lena Hartwig berichtet als freie Korrespondentin aus Westafrika. Sie lebt in Accra.",
        AUTHOR_BIO,
    ),
    (
        "en",
        "The Harbour Letter is written by Ines Moyo, a former port engineer, and edited in Dakar.",
        BYLINE,
    ),
    (
        "en",
        "Tom Reyes is a research associate in the Centre's energy programme. He previously "
        "covered oil markets for a newswire in Houston.",
        AUTHOR_BIO,
    ),
    (
        "es",
        "La Bitácora Austral es independiente y se financia con las aportaciones de sus "
        "lectores. Si este texto te sirvió, considera hacer una donación.",
        DONATION,
    ),
]

KEEP = [
    (
        "de",
        "Spenden aus der Bevölkerung spielen eine große Rolle: Bürger haben 1,2 Millionen Euro "
        "für die Familien der Soldaten gesammelt.",
    ),
    ("de", "Schreiben des Ministeriums zeigen, dass Sie davon wussten, sagt die Opposition."),
    (
        "es",
        "El ministerio se financia con las aportaciones de sus socios europeos, según el "
        "informe, y considera hacer una donación de vacunas a Bolivia.",
    ),
    (
        "de",
        "Der Präsidentenpalast macht daraus eine Kampagne. In seinem Newsletter zählt er die "
        "Verträge auf und lädt Leser ein: «Abonnieren Sie jetzt die neuesten Zahlen.»",
    ),
    (
        "en",
        "The coast guard now lists every rescue in its weekly bulletin and asks fishermen to "
        "subscribe for storm warnings.",
    ),
    ("en", "Next week, the two navies will hold their first joint drill off Mombasa."),
    ("en", "Also in the Senate: lawmakers approved the arms package for Peru on Tuesday."),
    ("de", "Das Auswärtige Amt rät von Reisen in den Norden Perus ab, sagte eine Sprecherin."),
    ("es", "En el próximo programa de cooperación, Chile y Perú incluirán patrullas conjuntas."),
    ("en", "Correction officers from both countries will train together in Lima next spring."),
    ("de", "Hinweis: Die Regierung hat den Vertrag am Montag um eine Klausel ergänzt."),
    ("es", "Aclaración: el ministro dijo que el acuerdo no incluye bases militares."),
    ("en", "Events: the two navies will hold three drills this year, officials said."),
    ("de", "Das Wetter in Lima: Der Regen verzögerte die Zeremonie um zwei Stunden."),
    (
        "en",
        "Dear readers, this week we return to a story we have followed since the first issue: "
        "the eighteen months in which India and the Maldives went from a quarrel to an embrace.",
    ),
    # German
    ("de", "Der Minister sagte, die Spenden an die Armee seien seit Januar stark gestiegen."),
    ("de", "Der Newsletter des Ministeriums berichtete am Montag über die neuen Zölle."),
    (
        "de",
        "Auf dem Foto, das die Regierung am Dienstag veröffentlichte, ist der Präsident mit "
        "dem chinesischen Botschafter zu sehen.",
    ),
    ("de", "Von der Leyen kündigte in Brüssel neue Gespräche mit Peru an."),
    ("de", "Von Berlin aus reiste der Minister weiter nach Lima."),
    ("de", "Die Regierung rief die Bevölkerung auf, jetzt für die Flutopfer zu spenden."),
    ("de", "Mehr zum Thema Handel wollte der Sprecher nicht sagen."),
    ("de", "Anzeigen gegen den Botschafter prüft nun die Staatsanwaltschaft."),
    ("de", "Teilen der Opposition gilt das Abkommen als Fehler."),
    ("de", "Kommentare des Botschafters sorgten in Lima für Empörung."),
    ("de", "„Unterstützen Sie unsere Arbeit“, bat die Ministerin die Unternehmer in Lima."),
    ("de", "In Zusammenarbeit mit China baut Peru einen Tiefwasserhafen nördlich von Lima."),
    ("de", "Quellen im Außenministerium bestätigten das Treffen."),
    ("de", "Bild und Ton der Pressekonferenz wurden live übertragen."),
    # Spanish
    ("es", "Por su parte, el canciller peruano dijo que el acuerdo beneficiará a ambos países."),
    ("es", "Por Lima pasaron más de veinte delegaciones extranjeras durante la cumbre."),
    ("es", "El boletín del ministerio informó el lunes sobre las nuevas tarifas."),
    ("es", "La foto publicada por la Presidencia muestra al mandatario junto al embajador chino."),
    (
        "es",
        "Las donaciones de China a Perú superaron los diez millones de dólares, según el Gobierno.",
    ),
    ("es", "Comparte la preocupación de Washington, dijo el ministro sobre el puerto de Chancay."),
    ("es", "Publicidad engañosa fue uno de los temas del acuerdo comercial."),
    ("es", "Relacionado con el acuerdo, Perú firmó además un memorando con Corea."),
    ("es", "Más información sobre el acuerdo se conocerá el lunes, dijo el portavoz."),
    ("es", "Fuentes del ministerio dijeron que la visita se aplazó."),
    ("es", "EFE informó que el acuerdo se firmará en mayo."),
    ("es", "Imagen de China en América Latina mejoró según una encuesta regional."),
    ("es", "El presidente pidió a los ciudadanos apoyar a las víctimas de las inundaciones."),
    # English
    ("en", "By Tuesday, the talks had collapsed over port fees."),
    ("en", "The newsletter of the ministry reported that exports rose in March."),
    ("en", "A photo released by the presidency showed the minister with the Chinese ambassador."),
    ("en", "Donations to the army rose sharply, the minister said."),
    ("en", "Share prices in Lima fell after the announcement."),
    ("en", "Related talks in Beijing focused on mining rights."),
    ("en", "Advertisement revenue of state media grew by a third last year."),
    ("en", "Comments by the ambassador angered officials in Lima."),
    ("en", "Support for the deal among lawmakers is growing, according to a poll."),
    ("en", "Reuters reported that the two governments would sign the deal in May."),
    ("en", "Copyright disputes between Chinese and Peruvian firms are rising."),
    ("en", "The charity urged people to donate now to help victims of the floods."),
    ("en", "More than 20 delegations arrived in Lima for the summit."),
    ("en", "Farmers can sign up now for the new export credit scheme, the ministry said."),
    ("en", "Ana Torres is a fisherman's daughter who now leads the port workers' union."),
    ("en", "The minister said the 2026 budget would fund the port, and the navy agreed."),
    ("es", "El ministro dijo que el acuerdo de 2026 es una prioridad | y nada más."),
    ("de", "Der Vertrag von 2026 sieht gemeinsame Übungen vor, sagte der Minister."),
    # the words of agency notes, sponsor and paywall boxes, sign-offs and bios in article text
    (
        "de",
        "Die Meldung wurde automatisch an alle Kunden der dpa verschickt, bevor der Fehler "
        "auffiel.",
    ),
    ("de", "Laut dpa und afp ist die Lage in der Hafenstadt ruhig."),
    (
        "de",
        "(c) Die Vertragsparteien verpflichten sich, die Häfen für zivile Schiffe offen zu halten.",
    ),
    ("en", "An AP/NORC poll found that most Americans oppose the new tariffs."),
    ("de", "Ein Podcast des Ministeriums (12 Min.) erklärt das neue Gesetz."),
    ("es", "El artículo fue publicado en la revista Nature y recoge datos de 40 puertos."),
    ("es", "Este artículo forma parte de nuestra Constitución desde 1853, recordó la jueza."),
    ("de", "Der Artikel ist Teil des Grundgesetzes und gilt seit 1949, sagte die Richterin."),
    ("en", "Paid subscribers get a blue check mark and can edit their posts, the company said."),
    (
        "de",
        "Sie wollen den Vertrag vollständig lesen, bevor sie zustimmen, sagten die Abgeordneten.",
    ),
    ("es", "Quiere seguir leyendo a los clásicos rusos, dice la embajadora."),
    (
        "es",
        "La sanidad es gratuita, pero no es gratis: la pagan los contribuyentes, dijo la ministra.",
    ),
    ("en", "Kosovo wants to become a paying member of the Council of Europe."),
    ("de", "Die Behandlung ist kostenlos, aber nicht umsonst, sagte der Minister."),
    ("en", "This issue is supported by both parties in Congress, but the bill has stalled."),
    ("es", "Esta edición del festival está patrocinada por la alcaldía de Cartagena."),
    ("de", "Diese Ausgabe wird aus dem Verteidigungshaushalt finanziert, sagte der Minister."),
    ("en", "The views expressed by the minister were not shared by the cabinet, officials said."),
    (
        "de",
        "Die Position des Autors deckt sich nicht mit der Linie der Bundesregierung, schreibt "
        "der Rezensent.",
    ),
    (
        "es",
        "La opinión pública considera que la masacre es responsabilidad de sus autores materiales.",
    ),
    ("en", "That is all the ministry would say about the deal on Monday."),
    ("de", "Das war es für den Minister noch nicht: Am Dienstag flog er weiter nach Lima."),
    ("es", "Gracias por leer la carta, dijo el embajador a los diputados."),
    ("en", "Thanks for reading the report, the chairman told the committee."),
    (
        "de",
        "Sie erhalten keine Hilfe, weil sie sich nicht registriert haben, sagte die Sprecherin.",
    ),
    ("de", "Aus dem Archiv der Stasi geht hervor, dass der Hafen überwacht wurde."),
    ("es", "Por texto y fotografías, la embajada difundió el comunicado."),
    ("es", "El viaje fue financiado con una subvención del Gobierno regional, según la oposición."),
    ("en", "The project was funded by the Gates Foundation, the ministry said."),
    ("en", "Charts published by the central bank show that reserves fell in March."),
    ("es", "Recibe cada mes una pensión de 300 dólares, pero dice que no le alcanza."),
    ("es", "Apoyó con un aporte de diez millones la reconstrucción del puerto, dijo el Gobierno."),
    ("en", "Users can upgrade for $8 a month to get a blue check, the company said."),
    ("de", "Das war der größte Auftrag des Jahres, sagte der Werftchef."),
    ("es", "Este viaje se realizó con el apoyo del Gobierno chino, según la Cancillería."),
    ("de", "Unsere Mitglieder erhalten seit Jahren zu wenig Geld, sagt die Gewerkschafterin."),
    ("es", "Nuestros socios reciben un precio justo por el café, afirma la cooperativa."),
    ("de", "Die Behörden teilen die Daten per E-Mail mit den Nachbarländern, sagte der Minister."),
    # the same words in article paragraphs
    ("de", "Der Nahost-Beauftragte reiste vor zwei Stunden nach Kairo."),
    ("en", "Three hours ago the ministry said the talks had collapsed."),
    ("es", "Hace cinco horas, el Gobierno anunció el cierre de la frontera."),
    (
        "en",
        "The report is written by officials of both ministries and goes to parliament in May.",
    ),
    (
        "es",
        "La OTAN y la UE coordinarán la respuesta, dijo el portavoz tras la reunión con la ONU.",
    ),
    ("en", "Analysts say Asia will decide the outcome, and Europe will follow."),
    ("en", "NATO and the EU met in Brussels on Monday to discuss the cable."),
    ("en", "The report is published by the ministry each spring and read closely in Lima."),
    ("es", "Sigue la tensión en la frontera, donde los soldados patrullan de noche."),
    ("de", "Die Kommentare des Ministers sind in Warschau schlecht angekommen."),
    ("en", "The port was presented by the minister as a gift to the region."),
    ("es", "El canciller, que es diplomático de carrera, negoció el acuerdo durante meses."),
    ("en", "The minister listened to the complaints for an hour and promised help."),
    ("es", "Sigue abierto el canal de diálogo con Caracas, dijo el ministro."),
    # a newsletter's numbered section heading is no photographer's name
    ("en", "2. PORT PLAY"),
    ("de", "Mehr Nachrichten über den Hafen gab es am Abend nicht, sagte die Sprecherin."),
    ("es", "Los comentarios cerrados del ministro no dejaron lugar a dudas, dijo el embajador."),
    ("en", "Officials have read 40 of the 120 pages of the treaty, the minister said."),
    ("en", "Peru | China: the port at Chancay opened in November after five years of work."),
    ("de", "Der Beitrag von Polen zur Mission wurde am Montag in Warschau verdoppelt."),
    ("en", "The minister said the deal has been updated to include two more ports in Peru."),
    ("es", "La corresponsal en Lima, según el embajador, pidió más datos sobre el puerto."),
    ("en", "What we are reading in the treaty is a promise to consult, the minister said."),
    (
        "en",
        "Ann Ortiz, a senior fellow at the Lima Institute, said the port deal was a turning point"
        " for Peru and that her team had studied it for a year.",
    ),
    # the words of the boxes of sets 35-43 in article paragraphs
    ("de", "Sie haben 5 von 5 Artikeln des Vertrags gelesen, sagte der Abgeordnete."),
    ("es", "Has leído 4 de los 5 informes, le dijo el fiscal al juez."),
    ("es", "La fotografía cedida por la familia muestra al diplomático en Lima en 1998."),
    ("es", "El Gobierno aprobó el solo uso civil del puerto de Chancay, dijo el ministro."),
    ("en", "The deal was negotiated by two envoys (Ana Ruiz for Peru and Li Wei for China)."),
    ("en", "View the treaty in the light of the 2019 port deal, the analyst said."),
    ("en", "The port authority relies on member states' contributions, the minister said."),
    ("en", "The Caspian Crossing runs on rail, not on promises, the minister said."),
    ("en", "The rest of this issue is free of controversy, the spokesman told reporters."),
    ("en", "Users can upgrade to paid tiers for faster service, the regulator said."),
    ("en", "Share Brazil's concerns, the minister urged his European counterparts."),
    ("en", "The minister said he would forward this email to the prosecutors in Lima."),
    (
        "en",
        "Do you know anyone who would enjoy living next to a naval base? asked the mayor of "
        "Gwadar.",
    ),
    ("de", "Die Behörden leiten Sie an die Botschaft weiter, sagte der Sprecher."),
    (
        "de",
        "Weitere Meldungen über Sabotage finden die Ermittler derzeit nicht, sagte der Sprecher.",
    ),
    (
        "es",
        "Esta investigación, financiada con una beca estatal, concluyó que el puerto es rentable.",
    ),
    ("en", "The project was funded by a grant from Beijing, the minister said."),
    (
        "de",
        "Der Student erhielt dank eines Stipendiums einen Platz in Moskau, sagte die Botschaft.",
    ),
    ("en", "Brent crude rose 0.6% to $71.84 after the tanker attack."),
    ("en", "Gold rose 0.3% to $2,410 an ounce as investors sought safety."),
    ("en", "Brent crude $71.84, up 0.6%, the ministry said in a statement."),
    (
        "es",
        "Las cotizaciones del cobre al cierre subieron un 1,2 %, según la Bolsa de Metales de "
        "Londres.",
    ),
    ("de", "Dieser Artikel erschien in der Zeitung des Militärs und löste in Minsk Empörung aus."),
    ("de", "Die dpa-infocom, eine Tochter der Agentur, liefert Grafiken an Zeitungen."),
    ("de", "Der Notizblock des Ministers lag offen auf dem Tisch, als die Delegation eintraf."),
    ("de", "Mehr aus Peking kam am Montag nicht, sagte die Sprecherin."),
    (
        "es",
        "El boletín Mar Adentro del ministerio informó el viernes sobre las nuevas cuotas de "
        "pesca.",
    ),
    (
        "es",
        "Sigue la información sobre el cable en manos de la fiscalía finlandesa, dijo el ministro.",
    ),
    ("en", "Until next week, Parliament will not vote on the port deal."),
    ("en", "See you next Tuesday, President Lula told Biden."),
    ("de", "Bis nächste Woche, so der Plan, soll der Vertrag unterschrieben sein."),
    ("es", "Hasta la próxima semana, el puerto seguirá cerrado, dijo el capitán."),
    ("es", "Pedro Sánchez. Ese es el nombre que repiten en Rabat."),
    ("es", "Estados Unidos. China. Rusia. Las tres potencias quieren el puerto."),
    ("es", "Reporteros Sin Fronteras pidió más apoyo al periodismo independiente desde 2012."),
    ("de", "Sein Standpunkt ist klar: Der Hafen bleibt in staatlicher Hand."),
    # the words of the boxes of sets 44-49 in article paragraphs
    ("en", "Radio Exterior reported that the minister would fly to Rabat on Monday."),
    ("es", "Radio Exterior informó de que el ministro viajará a Rabat el lunes."),
    (
        "es",
        "Escucha el programa de Radio 5 cada mañana, dice el pescador, aunque ya no cree lo que "
        "oye.",
    ),
    (
        "en",
        "Watch the programme closely, the minister told the radio station, because the navy is "
        "watching too.",
    ),
    ("de", "Radio Nord berichtete am Montag, die Korrespondentin sei nach Kabul gereist."),
    ("en", "Under the new scheme, exporters in Lima can sign up free."),
    ("es", "Los pescadores pueden apuntarse gratis aquí, en la capitanía, dijo el alcalde."),
    ("en", "Until next week. Then the talks resume in Geneva, officials said."),
    ("de", "Die Bahn will das Ticket zwei Monate für 9 Euro testen, sagte die Ministerin."),
    ("de", "Die Abgeordneten sagten, sie lesen den Text aus dem Digitalausschuss noch einmal."),
    ("en", "NEW YORK — Leaders of the G20 agreed on Monday to extend the port deal."),
    ("en", "Also on the site, inspectors found two cracked cranes, the port authority said."),
    ("de", "dpa zufolge ist alles ruhig."),
    ("de", "Haben Sie einen Fehler entdeckt, fragte der Richter, und der Zeuge schwieg."),
    ("en", "Did you spot an error? the judge asked the clerk, who said the treaty was correct."),
    (
        "es",
        "Pedro Sánchez. Madrid. Actualizado el plan, el Gobierno lo presentará el 12/06/2026 en "
        "Rabat.",
    ),
    (
        "de",
        "Der Vertragstext ist frei zugänglich, weil Leser des Amtsblatts ihn angefordert hatten, "
        "sagte die Sprecherin.",
    ),
    (
        "en",
        "The treaty text is free to read because readers of the gazette asked for it, the "
        "ministry said.",
    ),
    ("en", "The summit ended without a deal, officials at NATO / EU headquarters said."),
    ("en", "You are reading the free press of a free country, the president told reporters."),
    ("en", "The minister said farmers could upgrade for $5 a month."),
    # the words of the boxes found in held-out sets 50-56, in article text
    ("es", "El empleador aporta con 3.000 pesos por mes al fondo de pensiones, dijo la ministra."),
    (
        "es",
        "La radio comunitaria se sostiene con el aporte de sus lectores y oyentes, explicó su "
        "director, y no recibe dinero del Estado.",
    ),
    ("es", "Únete a la protesta, gritaban los manifestantes frente a la embajada china."),
    (
        "es",
        "Los gobiernos que financian nuestro periodismo público deben respetar su independencia, "
        "dijo la relatora.",
    ),
    ("en", "Support the Kurds, the senator said, was the only honourable course for Washington."),
    (
        "en",
        "We take no money from Beijing, the minister said, and we will become a member of the "
        "bloc only on our terms.",
    ),
    (
        "en",
        "The ministry said the frigate had left port on Monday. (The navy declined to comment.)",
    ),
    ("en", "The defence budget rose by a third (Ministry of Finance figures show)."),
    ("es", "Texto de la ley, aprobado el lunes, prevé sanciones para los buques pesqueros."),
    ("en", "Text by text, negotiators in Geneva rewrote the draft over three nights."),
    (
        "es",
        "Con la información de agencias de inteligencia, el ejército localizó el laboratorio.",
    ),
    ("en", "With agencies cutting staff, the embassy in Lima has stopped issuing visas."),
    ("en", "Culture ministers of both countries met in Lima on Tuesday."),
    (
        "es",
        "Para participar, debe estar registrado en el padrón electoral, recordó el tribunal.",
    ),
    ("en", "Delegates must be registered to attend the summit in Lima, the organisers said."),
    ("de", "Die Abgeordneten melden sich an, um mitzudiskutieren, wenn der Ausschuss tagt."),
    ("en", "In case you missed it, the minister said, the deal was signed last year."),
    ("es", "La biblioteca tiene 2 artículos gratuitos para cada socio, dijo la directora."),
    ("en", "You have two free articles of the treaty left to negotiate, the envoy joked."),
    (
        "en",
        "Meduza is an independent news outlet based in Riga, and its reporters are banned from "
        "Russia.",
    ),
    (
        "en",
        "A story about the blockade appeared in the July/August issue of a Cuban magazine, the "
        "envoy said.",
    ),
    ("en", "The minister, a family doctor by training, said the rural clinics would stay open."),
    (
        "es",
        "Carlos Medina es médico y columnista de Infobae, y advierte que el acuerdo sanitario "
        "fracasará.",
    ),
    (
        "de",
        "Die Ministerin, Hausärztin und Kolumnistin der Lokalzeitung, sagte, die Kliniken "
        "blieben offen.",
    ),
    # the words of the boxes of sets 57-64 in article text
    ("en", "This issue is supported by most member states, and Brussels will put it to a vote."),
    ("de", "Korrespondentin: Die Lage in Goma bleibt angespannt, sagte sie dem Sender."),
    ("es", "Más en Internacional que en casa: así resume el ministro su primer año."),
    ("es", "En directo desde Kiev, el ministro anunció nuevas sanciones contra Moscú."),
    ("en", "Share prices in Dubai fell after the port deal was announced on Monday."),
    ("de", "Zum Weiterlesen der Akten fehlte den Abgeordneten die Zeit, klagte die Opposition."),
    # the words of the boxes of sets 65-72 in article text
    ("es", "Más opinión pública a favor del acuerdo: así lo muestra la última encuesta."),
    ("es", "Por Perú. Periodista y diputado, Ruiz defendió el acuerdo en el Congreso."),
    ("en", "The ministry said it would reply to this email campaign by the farmers next week."),
    ("de", "Hinweis: Die Regierung hat die Meldung der Agentur am Abend dementiert."),
    (
        "en",
        "Good morning. This week the talks resume in Doha; as always, reply to this email with "
        "tips and complaints.",
    ),
    # the words of the boxes of sets 73-80 in article text
    ("es", "Más en Economía que en política se jugó la cumbre de Lima, según los diplomáticos."),
    ("en", "Elsewhere in the region, Chile and Peru signed a fisheries pact on Monday."),
    ("de", "Zentralasien und Südostasien liefern inzwischen mehr Kupfer als Peru."),
    ("en", "Caribbean states refused to sign the declaration in Lima."),
    ("en", "Sponsored by Beijing, the port opened in 2024 and now handles soy from Brazil."),
    ("en", "Comments are not what the minister wanted to hear, her spokesman said."),
    (
        "es",
        "Descarga la carga de soja en Chancay y vuelve a Shanghái en doce días, dijo el capitán.",
    ),
    (
        "en",
        "Forward planning at the port has to cover China and the US, the minister told us.",
    ),
    (
        "en",
        "Elsewhere: that is where Peru's navy says the Chinese trawlers went after the talks.",
    ),
    (
        "es",
        "La Marina difundió una imagen de las patrulleras en Chancay, según EFE.",
    ),
    (
        "en",
        "Mark Dunn said Peru writes a new chapter with every port it opens to foreign capital.",
    ),
    ("de", "Hören Sie genau hin, sagte der Minister im Interview mit dem Sender."),
    ("en", "Ruth Lane said the Andes Brief had lost readers since Chancay opened."),
    ("es", "Sobre la autora del informe, el ministro no quiso opinar."),
    ("en", "Ana Ruiz, a trade lawyer, is a senior fellow at Cornell and said the deal would hold."),
    ("en", "Maria Lenz is a Peruvian journalist who was detained in Puno last year."),
    ("en", "Presented by the minister on Tuesday, the plan would cut port fees by half."),
    ("en", "This issue is supported by Germany, France and Italy, the diplomat said."),
    ("es", "Los barcos se fotografiaron en Paita. EFE"),
    ("es", "Juan Pérez. Lima. Actualizado el plan, el gobierno dijo que no cambiará nada."),
    ("en", "Correction: the ministry said the figures were wrong and would be revised."),
    ("en", "This post is free to read, the embassy said in a statement on Monday."),
    ("en", "Elsewhere"),
    ("es", "Sus columnas de humo se veían desde Arica, contó un vecino a la radio local."),
    ("es", "Más en Lima: el Gobierno anunció que el puerto abrirá en mayo, según el ministro."),
    ("es", "Hola. Soy la ministra y esto es lo que pienso, dijo ante los diputados."),
    ("es", "Escuché el informe completo en la radio, dijo el ministro."),
    ("en", "Welcome to issue politics: the minister said the reform would pass."),
    ("en", "The BBC is a public service broadcaster, and the minister said it must stay neutral."),
    ("en", "Follow the money on WhatsApp, the minister told reporters in Lima."),
    ("en", "Also on our side of the border, the police said, the smugglers had stopped."),
    ("de", "Wird diese Mail nicht korrekt angezeigt, liegt es am Server, sagte der Minister."),
    ("es", "Más columnas de este tipo se levantaron en Lima, dijo el alcalde."),
    ("en", "Save the date, the minister told the port workers: the strike ends on Friday."),
    ("es", "Debate: las entradas de migrantes por el Darién crecieron, según el ministro."),
    ("es", "Foro: Chile y Perú piden la inscripción de sus pescadores en el registro regional."),
    ("de", "Keine Eilmeldung mehr verpassen wollen die Händler in Lima, sagte der Minister."),
    ("en", "Reader survey results published by the ministry showed support for the port deal."),
    (
        "en",
        "Ana Ruiz is a senior fellow in the Navy's training programme and led the drills off "
        "Callao, the ministry said.",
    ),
    ("en", "This week on the border, the police said, smugglers moved their boats to Tumbes."),
    ("es", "Ana Ruiz es ministra y escribe sobre su viaje a Lima en una carta al Congreso, dijo."),
    ("es", "Foro de São Paulo: los partidos pidieron una integración sin Estados Unidos."),
    ("en", "Jobs: the minister said the port would create 2,000 of them by next year."),
    ("de", "Der Artikel wurde von der Botschaft verbreitet, sagte der Minister in Lima."),
    ("en", "Most of the cargo: copper and soy bound for Shanghai, the port authority said."),
    ("es", "Haga lo que haga el Congreso, el puerto abrirá en mayo, dijo el ministro."),
    # session 18: someone else's call, reported by the article
    (
        "de",
        "Die Küstenwache wirbt inzwischen um Hinweise von Fischern. „Abonnieren Sie unseren "
        "Warndienst, jede Meldung hilft“, heißt es in einem Schreiben an die Genossenschaften.",
    ),
    (
        "de",
        "„Tragen Sie sich in unseren Newsletter für Reisende ein“, appellierte die Botschaft in "
        "Bangkok an Deutsche in der Grenzregion.",
    ),
    (
        "en",
        "Sign up, pleads the city council on its website, to receive flood warnings by text; some "
        "12,000 households already have.",
    ),
    (
        "es",
        "Suscríbase al boletín mensual de la Cancillería, que lista las visas concedidas, y verá "
        "cuánto ha crecido la migración.",
    ),
    (
        "en",
        "Subscribe to the embassy's travel alerts, the foreign ministry told citizens in the "
        "region on Tuesday.",
    ),
    (
        "en",
        "Join us in Warsaw on Friday for talks, the Polish minister urged his counterparts at the "
        "forum; registration for the summit closes next week.",
    ),
    ("de", "Korrespondenten berichten aus 14 Ländern von leeren Regalen und langen Schlangen."),
    ("en", "Join the alliance, the minister said, and the ports will follow."),
    # session 18, second batch: a state body's bulletin in the news
    (
        "en",
        "Oman's foreign ministry has launched a weekly bulletin on shipping rules. You can sign "
        "up on the ministry's website; we did.",
    ),
    (
        "de",
        "Das Verkehrsministerium verschickt seit Mai einen Newsletter zu Baustellen am Hafen. "
        "Abonnieren kann ihn jeder.",
    ),
    (
        "es",
        "La Cancillería publica cada lunes un boletín con los acuerdos firmados; suscríbase y "
        "verá la lista.",
    ),
]


def _raw(*blocks: str | RawBlock, fmt: str = "txt") -> RawText:
    items = tuple(b if isinstance(b, RawBlock) else RawBlock(b) for b in blocks)
    return RawText(blocks=items, title=None, format=fmt, encoding="utf-8")


@pytest.mark.parametrize(("lang", "text", "reason"), BOXES, ids=[b[1][:40] for b in BOXES])
def test_boxes_are_set_aside_with_their_reason(lang: str, text: str, reason: str) -> None:
    blocks = classify(_raw(ARTICLE[lang], text, ARTICLE[lang]), lang)
    assert blocks[1].removed == reason
    assert blocks[0].kept and blocks[2].kept


@pytest.mark.parametrize(("lang", "text"), KEEP, ids=[k[1][:40] for k in KEEP])
def test_article_paragraphs_that_mention_boxes_stay(lang: str, text: str) -> None:
    blocks = classify(_raw(ARTICLE[lang], text), lang)
    assert blocks[1].kept, blocks[1].removed


def test_every_language_has_enough_cases() -> None:
    for lang in ("de", "es", "en"):
        assert sum(1 for b in BOXES if b[0] == lang) >= 10
        assert sum(1 for k in KEEP if k[0] == lang) >= 10


def test_blocks_are_numbered_from_one_in_reading_order_and_the_title_is_not_one() -> None:
    raw = reader.read_text("# Peru und China\n\nErster Absatz.\n\nFoto: dpa\n\nZweiter Absatz.")
    blocks = classify(raw, "de")
    assert [(b.number, b.text) for b in blocks] == [
        (1, "Erster Absatz."),
        (2, "Foto: dpa"),
        (3, "Zweiter Absatz."),
    ]
    assert removed_list(blocks) == [
        {"paragraph": 2, "text": "Foto: dpa", "reason": CAPTION},
    ]


HTML_PAGE = """<html><head><title>Peru y China | El Diario</title></head><body>
<nav><a href="/">Inicio</a> <a href="/mundo">Mundo</a></nav>
<article>
<h1>Perú y China firman un acuerdo portuario</h1>
<p class="article-byline">Ana Pérez, Lima</p>
<figure><img src="x.jpg" alt=""><figcaption>El presidente peruano en la ceremonia de firma en
Lima, junto al embajador chino, el lunes.</figcaption></figure>
<p>{article}</p>
<aside class="related-stories"><h3>Te puede interesar</h3><ul>
<li><a href="/a">Chile busca más inversión asiática</a></li>
<li><a href="/b">El puerto de Chancay abre sus puertas</a></li></ul></aside>
<div class="newsletter-signup"><p>Recibe cada mañana lo más importante del día.</p></div>
<p>{article}</p>
<aside><p>Las cifras del comercio bilateral crecieron un 8 por ciento en 2023, según la
aduana peruana, y China sigue siendo el primer socio comercial del país.</p></aside>
<footer><p>Aviso legal</p><p>El Diario, Lima</p></footer>
</article></body></html>"""


def test_html_markup_is_strong_evidence() -> None:
    raw = reader.read_text(HTML_PAGE.format(article=ARTICLE["es"]), "page.html")
    got = [(b.text[:30], b.removed) for b in classify(raw, "es")]
    assert got == [
        ("Inicio Mundo", NAVIGATION),
        ("Ana Pérez, Lima", BYLINE),
        ("El presidente peruano en la ce", CAPTION),
        (ARTICLE["es"][:30], None),
        ("Te puede interesar", RELATED),
        ("Chile busca más inversión asiá", RELATED),
        ("El puerto de Chancay abre sus ", RELATED),
        ("Recibe cada mañana lo más impo", NEWSLETTER),
        (ARTICLE["es"][:30], None),
        # an <aside> with article facts and no telling words stays
        ("Las cifras del comercio bilate", None),
        ("Aviso legal", FOOTER),
        ("El Diario, Lima", FOOTER),
    ]


@pytest.mark.parametrize("word", ["tags", "etiquetas", "schlagworte", "stichworte", "keywords"])
def test_a_list_of_topic_tags_is_navigation_in_any_language(word: str) -> None:
    page = (
        f'<p>{ARTICLE["es"]}</p><ul class="{word}"><li>Migración</li>'
        f"<li>Base de Guantánamo</li><li>Caribe</li></ul><p>{ARTICLE['es']}</p>"
    )
    got = [b.removed for b in classify(reader.read_text(page, "page.html"), "es")]
    assert got == [None, NAVIGATION, NAVIGATION, NAVIGATION, None]


def test_a_class_word_on_a_wrapper_round_the_article_is_not_trusted() -> None:
    paragraphs = "".join(f"<p>{ARTICLE['en']}</p>" for _ in range(4))
    page = f'<div class="content share-enabled">{paragraphs}</div><p>{ARTICLE["en"]}</p>'
    blocks = classify(reader.read_text(page, "page.html"), "en")
    assert all(b.kept for b in blocks)


def test_headlines_under_a_related_label_go_with_it_until_the_text_resumes() -> None:
    raw = reader.read_text(
        f"{ARTICLE['de']}\n\nMehr zum Thema:\n\nPeru wählt einen neuen Kongress\n\n"
        f"Chinas Einfluss in Südamerika wächst\n\n{ARTICLE['de']}\n\nZwischentitel ohne Punkt"
    )
    assert [b.removed for b in classify(raw, "de")] == [None, RELATED, RELATED, RELATED, None, None]


def test_elsewhere_over_teaser_headlines_is_a_box_but_over_news_items_a_section() -> None:
    box = reader.read_text(
        f"{ARTICLE['en']}\n\nElsewhere\n\nKenya's bond draws record demand\n\n"
        f"Why Chad is rethinking its border\n\n{ARTICLE['en']}"
    )
    assert [b.removed for b in classify(box, "en")] == [None, RELATED, RELATED, RELATED, None]
    section = reader.read_text(
        f"{ARTICLE['en']}\n\nElsewhere\n\nPeru and Bolivia signed a gas deal on Tuesday, and "
        "the pipeline is to be finished by 2029, officials in both capitals said."
    )
    assert [b.removed for b in classify(section, "en")] == [None, None, None]


def test_a_short_subheading_over_a_long_paragraph_ends_a_box_of_teasers() -> None:
    raw = reader.read_text(
        f"{ARTICLE['de']}\n\nMehr zum Thema\n\nSteinmeier in Tansania: Bitte um Vergebung\n\n"
        f"Mau-Mau-Aufstand: Opfer verklagen London\n\nBerlin begrüßt das Votum\n\n"
        f"{ARTICLE['de']} {ARTICLE['de']}"
    )
    assert [b.removed for b in classify(raw, "de")] == [None, RELATED, RELATED, RELATED, None, None]


def test_teaser_headlines_on_lines_of_one_paragraph_go_with_the_box() -> None:
    raw = reader.read_text(
        f"{ARTICLE['de']}\n\nMehr zum Thema\n\nGriechenland schickt Marine vor Kreta\n"
        f"Frontex-Bericht: Weniger Überfahrten, mehr Tote\nKommentar: Europas Grenze\n\n"
        f"{ARTICLE['de']}"
    )
    assert [b.removed for b in classify(raw, "de")] == [None, RELATED, RELATED, None]


def test_a_longer_box_heading_that_ends_in_a_colon_carries_its_teasers() -> None:
    raw = reader.read_text(
        f"{ARTICLE['en']}\n\nWhat we are reading this week, chosen by the desk for you:\n\n"
        "Why Chile wants a second lithium port (Andes Weekly)\n\n"
        "The quiet boom in Baltic ferry traffic (Nordic Freight)\n\n"
        f"{ARTICLE['en']}"
    )
    assert [b.removed for b in classify(raw, "en")] == [None, RELATED, RELATED, RELATED, None]


def test_a_subheading_with_a_dash_ends_a_box_of_teasers() -> None:
    raw = reader.read_text(
        f"{ARTICLE['de']}\n\nMehr zum Thema\n\nKommentar: Die Staatsräson braucht Debatte\n\n"
        f"Was der Stopp umfasst – und was nicht\n\n{ARTICLE['de']} {ARTICLE['de']}"
    )
    assert [b.removed for b in classify(raw, "de")] == [None, RELATED, RELATED, None, None]


def test_a_links_box_in_an_aside_ends_with_the_aside() -> None:
    page = (
        f'<article><p>{ARTICLE["de"]}</p><aside class="related"><h3>Mehr zum Thema</h3><ul>'
        "<li>Peru wählt einen neuen Kongress</li><li>Chinas Einfluss wächst</li></ul></aside>"
        f"<h2>Moskau schaut zu</h2><p>{ARTICLE['de']}</p></article>"
    )
    blocks = classify(reader.read_text(page, "page.html"), "de")
    assert [b.removed for b in blocks] == [None, RELATED, RELATED, RELATED, None, None]


def test_a_markdown_subheading_ends_a_box_of_links() -> None:
    raw = reader.read_text(
        f"# Titel\n\n{ARTICLE['es']}\n\nMás información:\n\n¿Vuelve la ruta aérea a Lima?\n\n"
        f"Chile endurece los requisitos de ingreso\n\n## Un problema que no es solo comercial\n\n"
        f"{ARTICLE['es']}",
        "page.md",
    )
    assert [b.removed for b in classify(raw, "es")] == [None, RELATED, RELATED, RELATED, None, None]


def test_markdown_image_captions_are_set_aside() -> None:
    raw = reader.read_text(
        f"# Titel\n\n![Der Minister in Lima](bild.jpg)\n*Archivbild vom Mai*\n\n{ARTICLE['de']}"
    )
    assert [b.removed for b in classify(raw, "de")] == [CAPTION, CAPTION, None]


def test_english_buttons_are_recognised_in_german_and_spanish_pages() -> None:
    for lang in ("de", "es"):
        blocks = classify(_raw(ARTICLE[lang], "Share this article", "Advertisement"), lang)
        assert [b.removed for b in blocks] == [None, SHARE, ADVERT]


def test_a_quotation_is_never_taken_for_a_box() -> None:
    quote = "»Lesen Sie auch das Kleingedruckte«, riet der Botschafter den Unternehmern."
    assert classify(_raw(ARTICLE["de"], quote), "de")[1].kept


def test_every_hint_the_reader_gives_is_known_to_the_lexicon() -> None:
    assert not reader.HINTS - boilerplate.hint_words()


def test_nothing_is_removed_from_a_plain_article() -> None:
    raw = reader.read_text("\n\n".join([ARTICLE["en"]] * 5))
    assert removed_list(classify(raw, "en")) == []


def test_a_thousand_word_article_is_classified_quickly() -> None:
    paragraphs = [ARTICLE[lang] for lang in ("de", "es", "en")] * 10
    for box in BOXES[::7]:  # boxes of every kind, spread through the list
        if sum(len(p.split()) for p in paragraphs) >= 1000:
            break
        paragraphs.append(box[1])
    raw = _raw(*paragraphs)
    classify(raw, "de")
    started = time.perf_counter()
    for _ in range(10):
        classify(raw, "de")
    assert (time.perf_counter() - started) / 10 < 0.05


@pytest.mark.parametrize("filler", ["! ", "Foto: ", "» ", "Von ", "a | ", "© "])
def test_a_huge_hostile_block_costs_linear_time(filler: str) -> None:
    raw = _raw(filler * 200_000)
    started = time.perf_counter()
    classify(raw, "de")
    assert time.perf_counter() - started < 2.0


# Boxes worded as no phrase of the lexicon foresees, which only the net for blocks that turn
# to the reader catches: a call to action, or "we" speaking to "you", about an offer.
UNFORESEEN_BOXES = [
    (
        "de",
        "Gefällt Ihnen dieser Text? Unser Wochenbrief bringt Ihnen jeden Freitag die "
        "Hintergründe aus Übersee, das Abo ist kostenlos.",
        NEWSLETTER,
    ),
    (
        "de",
        "Jetzt nachhören: Unser Korrespondent in Lima erzählt, was die Fischer vom neuen Hafen "
        "halten.",
        SHARE,
    ),
    (
        "es",
        "Si llegaste hasta aquí, ya sabes lo que cuesta contar Chancay. Colabora con una "
        "aportación mensual y mantén viva esta redacción.",
        DONATION,
    ),
    (
        "es",
        "¿Quieres leer este análisis antes que nadie? Nuestro resumen de comercio marítimo sale "
        "los lunes; basta con suscribirse, sin coste.",
        NEWSLETTER,
    ),
    (
        "en",
        "Enjoyed this briefing? We send it to your inbox every Thursday, and readers on the "
        "paid plan get the full tracker.",
        NEWSLETTER,
    ),
    (
        "en",
        "Listen again: our Pacific editor talks ports and patrol boats in this week's episode.",
        SHARE,
    ),
]

# Article paragraphs that turn to the reader too, as columns do, or report who said what.
ADDRESSING_PARAGRAPHS = [
    (
        "en",
        "You might think our support for Kyiv is settled. It is not: the next package needs a "
        "vote, and the ads on talk radio have already started.",
    ),
    (
        "en",
        "If you want to know why we keep losing contracts in Africa, read the fine print of the "
        "Lobito deal, not the press releases.",
    ),
    (
        "de",
        "Sie zahlen den Preis, nicht wir: Die Fischer in Chancay haben kein Abo auf "
        "Mitsprache, und ihr Verband weiß das.",
    ),
    (
        "es",
        "Si usted cree que nuestro país no necesita aliados, mire el puerto de Chancay: lo "
        "financió Pekín, como recoge el boletín oficial.",
    ),
    (
        "es",
        "«Suscríbete a la paz o paga la guerra», nos dijo un pescador de Ilo, y tenía razón.",
    ),
    (
        "en",
        "Listen to the fishermen of Ilo and you hear another story: the local radio there now "
        "speaks of Chinese wages, not Peruvian ones.",
    ),
    ("de", "Hören Sie genau hin: Im Radio von Chancay spricht niemand mehr über die Fischer."),
    (
        "es",
        "Escucha la radio de Chancay y entenderás el cambio, dice nuestro corresponsal: ya nadie "
        "habla de la pesca.",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "reason"), UNFORESEEN_BOXES, ids=[b[1][:40] for b in UNFORESEEN_BOXES]
)
def test_a_box_in_words_no_phrase_foresaw_goes_when_it_turns_to_the_reader(
    lang: str, text: str, reason: str
) -> None:
    blocks = classify(_raw(ARTICLE[lang], text, ARTICLE[lang]), lang)
    assert blocks[1].removed == reason
    assert blocks[0].kept and blocks[2].kept


@pytest.mark.parametrize(
    ("lang", "text"), ADDRESSING_PARAGRAPHS, ids=[k[1][:40] for k in ADDRESSING_PARAGRAPHS]
)
def test_a_paragraph_that_turns_to_the_reader_about_no_offer_stays(lang: str, text: str) -> None:
    blocks = classify(_raw(ARTICLE[lang], text), lang)
    assert blocks[1].kept, blocks[1].removed


PULL_QUOTE_ARTICLE = (
    'The ambassador has spent the year on what diplomats call plumbing. "The relationship is '
    'better than the headlines," he told me in his office. "It has to be. We share a border."'
)


def test_a_pull_quote_that_repeats_the_article_is_set_aside() -> None:
    pull = '"The relationship is better than the headlines. It has to be." - Ambassador Ron Hale'
    blocks = classify(_raw(ARTICLE["en"], PULL_QUOTE_ARTICLE, pull, ARTICLE["en"]), "en")
    assert blocks[2].removed == boilerplate.PULL_QUOTE
    assert all(b.kept for i, b in enumerate(blocks) if i != 2)


@pytest.mark.parametrize(
    "text",
    [
        # a quote the article does not repeat
        '"Our ports are open to everyone who pays." - Minister Ana Ruiz',
        # the same words, but a paragraph that reports them
        '"The relationship is better than the headlines," the ambassador said again on Friday.',
        # a quoted crosshead with no full stop heads the next section
        '"Better than the headlines"',
    ],
)
def test_quotes_that_are_not_pull_quotes_stay(text: str) -> None:
    blocks = classify(_raw(ARTICLE["en"], PULL_QUOTE_ARTICLE, text, ARTICLE["en"]), "en")
    assert blocks[2].kept, blocks[2].removed


def test_short_lines_above_the_first_paragraph_are_mastheads_and_labels() -> None:
    """A masthead, a kicker and a time stamp stand above the text; a subheading inside it stays."""
    raw = _raw(
        "AndenFunk – Nachrichten aus dem Süden",
        "Energie in Südamerika",
        "Published 3 hours ago",
        ARTICLE["de"],
        "Ein Hafen für alle",
        ARTICLE["de"],
    )
    blocks = classify(raw, "de")
    assert [b.removed for b in blocks[:3]] == [boilerplate.LABEL] * 3
    assert all(b.kept for b in blocks[3:])


def test_numbered_items_subheadings_and_item_headlines_above_the_text_stay() -> None:
    raw = _raw(
        "1. Sappers in the Andes",
        RawBlock("The big story", hint=boilerplate.HEADING),
        "Lithium: Chile signs, Bolivia waits",
        ARTICLE["en"],
    )
    assert all(b.kept for b in classify(raw, "en"))


def test_headlines_in_a_sidebar_are_teasers_but_its_sentences_are_judged_as_usual() -> None:
    raw = _raw(
        ARTICLE["en"],
        RawBlock("Why Chile is rethinking its lithium deal", hint="aside"),
        RawBlock("Is Bolivia next?", hint="aside"),
        RawBlock('"We will not give up the port," the mayor said.', hint="aside"),
        ARTICLE["en"],
    )
    blocks = classify(raw, "en")
    assert [b.removed for b in blocks[1:3]] == [boilerplate.RELATED] * 2
    assert blocks[3].kept
