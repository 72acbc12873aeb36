# Teksten die een kind ziet. Eenvoudige woorden die een kind van tien jaar begrijpt.
# Conceptvertaling (Nederlands), wacht op controle door iemand met Nederlands als moedertaal.

page-title = Bridgeline – praat met iemand
# Wordt gebruikt in plaats van page-title als de hulplijn de neutrale tabtitel aanzet,
# zodat iemand die naar de tabbladen van de browser kijkt geen hulplijn ziet.
page-title-neutral = Notities
page-loading = Laden…
page-needs-javascript = Deze pagina heeft JavaScript nodig om te werken. Ben je nu in gevaar? Bel 112.

quick-exit-button = Snel weg
    .title = Deze pagina nu verlaten (Escape-toets)

language-switcher-label = Taal

intro-heading = Praat met iemand die naar je luistert
intro-body = Je kunt ons schrijven in je eigen taal. Je hoeft je naam niet te zeggen. Wat je schrijft, blijft tussen jou en de hulpverlener.
intro-quick-exit-hint = Komt er iemand aan? Druk op Escape of op ‘Snel weg’. Deze pagina gaat meteen dicht.
intro-start-button = Begin met chatten

# Vragen voor de chat, niet verplicht. Je kunt ze allemaal overslaan.
intake-heading = Voordat we beginnen
intake-body = Met deze vragen kunnen we de juiste persoon voor je vinden. Je mag ze overslaan.
intake-skip-button = Overslaan en beginnen met chatten
intake-continue-button = Begin met chatten
intake-topic-question = Waar gaat het over? Je mag meer dan één ding kiezen.
intake-age-question = Hoe oud ben je?
intake-languages-question = Kun je ook andere talen lezen?
intake-country-question = In welk land ben je nu?
intake-country-none = Dat zeg ik liever niet

topic-family = Familie en gezin
topic-friends = Vrienden
topic-bullying = Pesten
topic-violence = Iemand doet me pijn
topic-feelings = Gevoelens en zorgen
topic-body = Lichaam en gezondheid
topic-school = School of werk
topic-love = Liefde en seks
topic-online = Iets online
topic-migration = Papieren, asiel, nieuw in dit land
topic-missing = Iemand is vermist, of ik ben weggelopen
topic-other = Iets anders

age-under-10 = Jonger dan 10
age-10-12 = 10 tot 12
age-13-15 = 13 tot 15
age-16-17 = 16 of 17
age-18-plus = 18 of ouder

danger-heading = Ben je nu in gevaar?
danger-body = Bel 112. Het is gratis, en ze kunnen je meteen helpen.
danger-call-button = Bel 112

queue-heading = Wachten op een hulpverlener
queue-position-announcement = { $position ->
    [1] Jij bent de volgende.
   *[other] Jouw plek in de rij: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Wachttijd: ongeveer { $minutes } minuut
   *[other] Wachttijd: ongeveer { $minutes } minuten
}
queue-estimate-soon = Wachttijd: minder dan een minuut
queue-estimate-unknown = We weten nog niet hoe lang het gaat duren.
queue-waiting-body = Wacht hier alsjeblieft even. Je kunt alvast opschrijven waarover je wilt praten.

# Wordt meteen getoond als er nu niemand werkt die de taal van het kind spreekt.
no-counsellor-heading = Op dit moment is er geen hulpverlener die jouw taal spreekt.
no-counsellor-next = Vanaf { $time } is er weer iemand.
no-counsellor-stay = Je kunt in de rij blijven wachten. We antwoorden zodra er iemand is.
no-counsellor-other-languages = Er zijn nu hulpverleners die deze talen spreken:
no-counsellor-switch-button = Chat in het { $language }
no-counsellor-phone = Je kunt ook gratis de hulplijn voor kinderen bellen:

chat-counsellor-label = Hulpverlener
chat-you-label = Jij
chat-message-input-label = Jouw bericht
chat-message-input-placeholder = Schrijf hier…
chat-send-button = Versturen
chat-end-button = Chat stoppen
chat-earlier-button = Eerdere berichten tonen
chat-status-sending = Versturen…
chat-status-delivered = Aangekomen
chat-status-read = Gelezen
chat-counsellor-typing = { $name } is aan het typen…

notice-counsellor-joined = { $name } is er om met je te praten.
notice-ended-by-child = Je hebt de chat gestopt.
notice-ended-by-counsellor = De hulpverlener heeft de chat gestopt.
notice-left-queue = Je was een tijdje weg, daarom sta je niet meer in de rij. Je kunt een nieuwe chat beginnen.
notice-language-changed = Je wacht nu op een hulpverlener die { $language } spreekt.
notice-counsellor-left = De hulpverlener moest weg. Je staat weer in de rij, en je bent eerder aan de beurt dan nieuwe chats.
notice-transferred = Je hulpverlener geeft je chat door aan iemand anders die je kan helpen. Die persoon kan lezen wat je hebt geschreven. Blijf hier alsjeblieft.

# Een kaartje dat de hulpverlener stuurt: een organisatie die het kind kan bellen of bezoeken.
referral-heading = Een plek die je kan helpen
referral-call = Bel { $phone }
referral-website = Open hun website
referral-always-open = Dag en nacht open
referral-hours = Open: { $hours }

ended-heading = De chat is afgelopen
ended-body = Bedankt dat je ons hebt geschreven. Je kunt altijd terugkomen.
ended-new-chat-button = Begin een nieuwe chat

rating-question = Heeft deze chat je geholpen?
rating-helped = Ja
rating-somewhat = Een beetje
rating-not-helped = Nee
rating-thanks = Bedankt dat je het ons laat weten.

connection-reconnecting = Verbinding verbroken. We proberen het opnieuw…
connection-elsewhere = Deze chat is nu open in een ander venster of tabblad.

error-too-long = Je bericht is te lang. Maak het alsjeblieft korter.
error-unknown-language = We kunnen nog niet chatten in deze taal. Kies alsjeblieft een andere.
error-generic = Er ging iets mis. Probeer het alsjeblieft opnieuw.

## Hostile input

error-control-character = Je bericht bevat een verborgen teken dat niet verstuurd kan worden. Haal het weg en probeer het opnieuw.
## Paused (blocked) page
paused-heading = De chat is even gepauzeerd
paused-body = Vanaf { $time } kun je ons weer schrijven.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Snel weg sluit deze pagina, maar de geschiedenis van je browser kan nog laten zien dat je hier was. Open deze pagina in een privévenster om geen sporen achter te laten.
